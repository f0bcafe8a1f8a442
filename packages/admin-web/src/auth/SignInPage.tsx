import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { AuthPageLayout, AuthPageLoading } from './AuthPageLayout';
import { signInErrorMessage } from './auth-errors';
import { asError } from './field-errors';
import { forgotPasswordPath } from './public-paths';
import { redirectTargetFromSearch } from './redirect-target';
import { SecondFactorForm } from './SecondFactorForm';
import classes from './SignInPage.module.css';
import {
  type SignInFormErrors,
  type SignInFormValues,
  signInNoticeFrom,
  signInNoticeMessage,
  validateSignInForm,
} from './sign-in-form';
import { signInMutation, viewerQuery } from './viewer.operations';

/** Email and password; afterwards, the page the member first asked for (or the roster). */
export function SignInPage() {
  useDocumentTitle('Sign in · Caseload');
  const location = useLocation();
  const target = redirectTargetFromSearch(location.search);
  const notice = signInNoticeFrom(location.state);
  const { data, loading } = useQuery(viewerQuery);

  // Someone already signed in (a bookmark, the back button) goes straight on.
  if (data?.me) {
    return <Navigate to={target} replace />;
  }
  if (loading && !data) {
    return <AuthPageLoading />;
  }

  return (
    <AuthPageLayout>
      <SignInSteps
        target={target}
        noticeMessage={notice ? signInNoticeMessage(notice) : null}
        noticeIsWarning={notice?.kind === 'session-ended'}
      />
    </AuthPageLayout>
  );
}

interface SignInFormProps {
  target: string;
  noticeMessage: string | null;
  noticeIsWarning: boolean;
}

/** Email and password, then, for members with two-step sign-in, their code. */
function SignInSteps(props: SignInFormProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState<{ secondFactorToken: string; email: string } | null>(null);

  // Nothing cached before signing in (such as "nobody is signed in") may outlive it. A temporary
  // password or owed MFA enrolment is the sign-in gate's to handle, on whatever page this leads to.
  async function enter() {
    await client.clearStore();
    await navigate(props.target, { replace: true });
  }

  if (pending) {
    return (
      <SecondFactorForm
        secondFactorToken={pending.secondFactorToken}
        email={pending.email}
        onVerified={enter}
        onStartOver={() => setPending(null)}
      />
    );
  }
  return <SignInForm {...props} onSignedIn={enter} onSecondFactorRequired={setPending} />;
}

interface SignInFormStepProps extends SignInFormProps {
  onSignedIn: () => Promise<void>;
  onSecondFactorRequired: (pending: { secondFactorToken: string; email: string }) => void;
}

function SignInForm({
  noticeMessage,
  noticeIsWarning,
  onSignedIn,
  onSecondFactorRequired,
}: SignInFormStepProps) {
  const [signIn] = useMutation(signInMutation);
  const [values, setValues] = useState<SignInFormValues>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<SignInFormErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  // After a refusal the fields are enabled again: put the member back in the password, selected,
  // so typing replaces it. The alert above is announced on its own.
  useEffect(() => {
    if (serverError && !submitting) {
      passwordInput.current?.select();
    }
  }, [serverError, submitting]);

  const change = (field: keyof SignInFormValues) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) {
      return;
    }
    const errors = validateSignInForm(values);
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      (errors.email ? emailInput : passwordInput).current?.focus();
      return;
    }

    setSubmitting(true);
    setServerError(null);
    const email = values.email.trim();
    let secondFactorToken: string | null = null;
    try {
      const { data } = await signIn({ variables: { email, password: values.password } });
      if (data?.signIn.secondFactorRequired) {
        secondFactorToken = data.signIn.secondFactorToken ?? null;
      }
    } catch (error) {
      setServerError(signInErrorMessage(asError(error)));
      setSubmitting(false);
      return;
    }
    if (secondFactorToken) {
      onSecondFactorRequired({ secondFactorToken, email });
      return;
    }
    await onSignedIn();
  }

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} fz={26}>
          Sign in to Caseload
        </Title>
        <Text c="gray.7" size="sm">
          Use the email address your practice invited you with.
        </Text>
      </Stack>

      {noticeMessage && !serverError && (
        <Alert
          color={noticeIsWarning ? 'yellow' : 'blue'}
          icon={<IconInfoCircle aria-hidden />}
          role="status"
        >
          {noticeMessage}
        </Alert>
      )}
      {serverError && (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="Could not sign in"
          role="alert"
        >
          {serverError}
        </Alert>
      )}

      <form noValidate onSubmit={handleSubmit} aria-label="Sign in">
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
              value={values.email}
              onChange={(event) => change('email')(event.currentTarget.value)}
              error={fieldErrors.email}
            />
            <PasswordInput
              ref={passwordInput}
              label="Password"
              name="password"
              autoComplete="current-password"
              required
              withAsterisk={false}
              value={values.password}
              onChange={(event) => change('password')(event.currentTarget.value)}
              error={fieldErrors.password}
            />
            <Button type="submit" fullWidth size="md" loading={submitting} mt="xs">
              Sign in
            </Button>
          </Stack>
        </fieldset>
      </form>

      <Stack gap={4}>
        <Anchor component={Link} to={forgotPasswordPath} size="sm" w="fit-content">
          Forgot your password?
        </Anchor>
        <Text size="sm" c="gray.7">
          Locked out, or lost your authenticator app? Your practice owner or manager can reset your
          access.
        </Text>
      </Stack>
    </Stack>
  );
}
