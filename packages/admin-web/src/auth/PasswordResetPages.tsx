import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconMailForward } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { signInPath } from '../app/paths';
import { readableErrorMessage } from '../error-messages';
import { AuthPageLayout } from './AuthPageLayout';
import { asError, fieldRefusal } from './field-errors';
import { tokenFromSearch } from './invitation-view';
import {
  hasErrors,
  type NewPasswordErrors,
  passwordPolicyHint,
  validateNewPassword,
} from './password-form';
import { requestPasswordResetMutation, resetPasswordMutation } from './public.operations';
import { forgotPasswordPath } from './public-paths';
import classes from './SignInPage.module.css';
import { validateSignInForm, withSignInNotice } from './sign-in-form';

function BackToSignIn() {
  return (
    <Anchor component={Link} to={signInPath} size="sm" w="fit-content">
      Back to sign in
    </Anchor>
  );
}

/**
 * Asking for a reset link (`/forgot-password`). The answer is the same whether or not the email
 * has an account, so the page cannot tell anyone who works where.
 */
export function ForgotPasswordPage() {
  useDocumentTitle('Reset your password · Caseload');
  const [requestReset] = useMutation(requestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) {
      return;
    }
    // The sign-in form's check of an email address: the same words on both pages.
    const problem = validateSignInForm({ email, password: '-' }).email;
    setEmailError(problem);
    if (problem) {
      emailInput.current?.focus();
      return;
    }
    setSubmitting(true);
    setServerError(null);
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (error) {
      setServerError(readableErrorMessage(asError(error)));
    }
    setSubmitting(false);
  }

  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} fz={26}>
            Reset your password
          </Title>
          {!sentTo && (
            <Text c="gray.7" size="sm">
              Enter the email address you sign in with. We will email you a link to choose a new
              password.
            </Text>
          )}
        </Stack>
        {sentTo ? (
          <Alert
            color="blue"
            icon={<IconMailForward aria-hidden />}
            title="Check your email"
            role="status"
          >
            If an account exists for {sentTo}, we have sent it a link to reset the password. The
            link works once, for an hour. Nothing arrived? Check your spam folder, or ask your
            practice owner or manager to reset your access.
          </Alert>
        ) : (
          <>
            {serverError && (
              <Alert
                color="red"
                icon={<IconAlertCircle aria-hidden />}
                title="Could not send the link"
                role="alert"
              >
                {serverError}
              </Alert>
            )}
            <form noValidate onSubmit={handleSubmit} aria-label="Reset your password">
              <fieldset className={classes.fieldset} disabled={submitting}>
                <Stack gap="md">
                  <TextInput
                    ref={emailInput}
                    label="Email"
                    type="email"
                    name="email"
                    autoComplete="username"
                    inputMode="email"
                    spellCheck={false}
                    required
                    withAsterisk={false}
                    value={email}
                    onChange={(event) => {
                      setEmail(event.currentTarget.value);
                      setEmailError(undefined);
                    }}
                    error={emailError}
                  />
                  <Button type="submit" fullWidth size="md" loading={submitting}>
                    Email me a reset link
                  </Button>
                </Stack>
              </fieldset>
            </form>
          </>
        )}
        <BackToSignIn />
      </Stack>
    </AuthPageLayout>
  );
}

/** Choosing a new password from an emailed link (`/reset-password?token=…`), then signing in. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password · Caseload');
  const location = useLocation();
  const navigate = useNavigate();
  const token = tokenFromSearch(location.search);
  const [resetPassword] = useMutation(resetPasswordMutation);
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [linkProblem, setLinkProblem] = useState<string | null>(
    token ? null : 'This password reset link is incomplete. Use the whole link from the email.',
  );
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const newInput = useRef<HTMLInputElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting || !token) {
      return;
    }
    const found = validateNewPassword({ newPassword, confirmPassword });
    setErrors(found);
    if (hasErrors(found)) {
      (found.newPassword ? newInput : confirmInput).current?.focus();
      return;
    }
    setSubmitting(true);
    setServerError(null);
    try {
      await resetPassword({ variables: { token, newPassword } });
    } catch (thrown) {
      const error = asError(thrown);
      const refusal = fieldRefusal(error);
      if (refusal?.field === 'token') {
        setLinkProblem(refusal.message);
      } else if (refusal?.field === 'newPassword') {
        setErrors({ newPassword: refusal.message });
        setTimeout(() => newInput.current?.select());
      } else {
        setServerError(readableErrorMessage(error));
      }
      setSubmitting(false);
      return;
    }
    await navigate(signInPath, {
      replace: true,
      state: withSignInNotice({ kind: 'password-reset' }),
    });
  }

  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Title order={1} fz={26}>
          Choose a new password
        </Title>
        {linkProblem ? (
          <Stack gap="md">
            <Alert color="yellow" icon={<IconAlertCircle aria-hidden />} role="status">
              {linkProblem}
            </Alert>
            <Anchor component={Link} to={forgotPasswordPath} size="sm" w="fit-content">
              Ask for a new link
            </Anchor>
          </Stack>
        ) : (
          <>
            {serverError && (
              <Alert
                color="red"
                icon={<IconAlertCircle aria-hidden />}
                title="Could not change the password"
                role="alert"
              >
                {serverError}
              </Alert>
            )}
            <form noValidate onSubmit={handleSubmit} aria-label="Choose a new password">
              <fieldset className={classes.fieldset} disabled={submitting}>
                <Stack gap="md">
                  <PasswordInput
                    ref={newInput}
                    label="New password"
                    name="newPassword"
                    autoComplete="new-password"
                    description={passwordPolicyHint}
                    required
                    withAsterisk={false}
                    value={newPassword}
                    onChange={(event) => {
                      setNewPassword(event.currentTarget.value);
                      setErrors((current) => ({ ...current, newPassword: undefined }));
                    }}
                    error={errors.newPassword}
                  />
                  <PasswordInput
                    ref={confirmInput}
                    label="Confirm new password"
                    name="confirmPassword"
                    autoComplete="new-password"
                    required
                    withAsterisk={false}
                    value={confirmPassword}
                    onChange={(event) => {
                      setConfirmPassword(event.currentTarget.value);
                      setErrors((current) => ({ ...current, confirmPassword: undefined }));
                    }}
                    error={errors.confirmPassword}
                  />
                  <Text size="xs" c="gray.7">
                    Every session of the account ends: you then sign in with the new password.
                  </Text>
                  <Button type="submit" fullWidth size="md" loading={submitting}>
                    Change password
                  </Button>
                </Stack>
              </fieldset>
            </form>
          </>
        )}
        <BackToSignIn />
      </Stack>
    </AuthPageLayout>
  );
}
