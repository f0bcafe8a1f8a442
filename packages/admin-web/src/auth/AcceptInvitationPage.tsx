import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@caseload/shared';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconCircleCheck, IconMailOpened } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { homePath, signInPath } from '../app/paths';
import { readableErrorMessage } from '../error-messages';
import { formatPracticeDateTime } from '../features/staff/practice-time';
import type { InvitationQuery } from '../gql/graphql';
import { AuthPageLayout, AuthPageLoading } from './AuthPageLayout';
import { signInErrorMessage } from './auth-errors';
import { asError, fieldRefusal, messageForCodes } from './field-errors';
import {
  closedInvitationMessage,
  closedInvitationTitle,
  resendHint,
  tokenFromSearch,
} from './invitation-view';
import {
  hasErrors,
  type NewPasswordErrors,
  passwordPolicyHint,
  validateNewPassword,
} from './password-form';
import {
  acceptInvitationMutation,
  declineInvitationMutation,
  invitationQuery,
} from './public.operations';
import { SecondFactorForm } from './SecondFactorForm';
import classes from './SignInPage.module.css';

type Invitation = NonNullable<InvitationQuery['invitation']>;

/** The codes with which the API says a link can no longer be answered, with its own message. */
const closedLinkCodes = [
  ErrorCode.INVITATION_EXPIRED,
  ErrorCode.INVITATION_USED,
  ErrorCode.NOT_FOUND,
] as const;

const invalidLinkMessage = `This invitation link is not valid. Use the whole link from the most recent email, or ${resendHint}.`;

/**
 * The page an invitation email links to (`/accept-invitation?token=…`), open without signing in:
 * who invites whom, then a password (a new one, or that of the account the email already has)
 * and into the app; or declining. A link that can no longer be used says why and what to do.
 */
export function AcceptInvitationPage() {
  useDocumentTitle('Accept invitation · Caseload');
  const location = useLocation();
  const token = tokenFromSearch(location.search);
  const { data, loading, error, refetch } = useQuery(invitationQuery, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  // A refusal while answering (expired meanwhile, used in another tab): the API's words.
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const [declined, setDeclined] = useState(false);

  let content: React.ReactNode;
  if (!token) {
    content = (
      <ClosedLink title="This invitation link is incomplete" message={invalidLinkMessage} />
    );
  } else if (loading && !data) {
    return <AuthPageLoading label="Loading invitation" />;
  } else if (error) {
    content = (
      <Stack gap="md">
        <Title order={1} fz={26}>
          Invitation
        </Title>
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="Could not load the invitation"
          role="alert"
        >
          <Stack gap="xs" align="flex-start">
            {readableErrorMessage(error)}
            <Button variant="default" size="xs" onClick={() => refetch().catch(() => undefined)}>
              Try again
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  } else if (declined) {
    content = (
      <Stack gap="md">
        <Title order={1} fz={26}>
          Invitation declined
        </Title>
        <Text>
          You declined the invitation{data?.invitation ? ` to ${data.invitation.practiceName}` : ''}
          . The link no longer works. If you change your mind, {resendHint}.
        </Text>
      </Stack>
    );
  } else if (!data?.invitation) {
    content = <ClosedLink title="This invitation link is not valid" message={invalidLinkMessage} />;
  } else if (closedMessage) {
    content = <ClosedLink title="This invitation can no longer be used" message={closedMessage} />;
  } else {
    const invitation = data.invitation;
    const message = closedInvitationMessage(invitation.status);
    content = message ? (
      <ClosedLink title={closedInvitationTitle(invitation.status)} message={message} />
    ) : (
      <InvitationAnswer
        token={token}
        invitation={invitation}
        onClosed={setClosedMessage}
        onDeclined={() => setDeclined(true)}
      />
    );
  }

  return <AuthPageLayout>{content}</AuthPageLayout>;
}

function ClosedLink({ title, message }: { title: string; message: string }) {
  return (
    <Stack gap="md">
      <Title order={1} fz={26}>
        {title}
      </Title>
      <Alert color="yellow" icon={<IconMailOpened aria-hidden />} role="status">
        {message}
      </Alert>
      <Text size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to={signInPath}>
          Sign in
        </Anchor>
      </Text>
    </Stack>
  );
}

interface InvitationAnswerProps {
  token: string;
  invitation: Invitation;
  onClosed: (message: string) => void;
  onDeclined: () => void;
}

function InvitationAnswer({ token, invitation, onClosed, onDeclined }: InvitationAnswerProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept] = useMutation(acceptInvitationMutation);
  const [decline, { loading: declining }] = useMutation(declineInvitationMutation);
  const [declineOpened, declineDialog] = useDisclosure(false);
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [secondFactorToken, setSecondFactorToken] = useState<string | null>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);
  const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const inviteeName = `${invitation.firstName} ${invitation.lastName}`.trim();

  async function enter() {
    await client.clearStore();
    await navigate(homePath, { replace: true });
  }

  /** INVITATION_EXPIRED / INVITATION_USED / NOT_FOUND end the form; anything else is shown. */
  function showRefusal(error: Error, fallback: (error: Error) => string) {
    const closed = messageForCodes(error, closedLinkCodes);
    if (closed) {
      onClosed(closed);
    } else {
      setServerError(fallback(error));
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) {
      return;
    }
    const found: NewPasswordErrors = invitation.hasAccount
      ? password === ''
        ? { newPassword: 'Enter the password of your Caseload account.' }
        : {}
      : validateNewPassword({ newPassword: password, confirmPassword });
    setErrors(found);
    if (hasErrors(found)) {
      (found.newPassword ? passwordInput : confirmInput).current?.focus();
      return;
    }
    setSubmitting(true);
    setServerError(null);
    let nextToken: string | null = null;
    try {
      const { data } = await accept({ variables: { token, password } });
      if (data?.acceptInvitation.secondFactorRequired) {
        nextToken = data.acceptInvitation.secondFactorToken ?? null;
      }
    } catch (thrown) {
      const error = asError(thrown);
      const refusal = fieldRefusal(error);
      if (refusal?.field === 'password') {
        setErrors({ newPassword: refusal.message });
        setTimeout(() => passwordInput.current?.select());
      } else {
        showRefusal(error, signInErrorMessage);
      }
      setSubmitting(false);
      return;
    }
    if (nextToken) {
      setSecondFactorToken(nextToken);
      return;
    }
    await enter();
  }

  async function handleDecline() {
    try {
      await decline({ variables: { token } });
    } catch (thrown) {
      declineDialog.close();
      showRefusal(asError(thrown), readableErrorMessage);
      return;
    }
    declineDialog.close();
    onDeclined();
  }

  if (secondFactorToken) {
    return (
      <SecondFactorForm
        secondFactorToken={secondFactorToken}
        email={invitation.email}
        onVerified={enter}
        onStartOver={() => navigate(signInPath)}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} fz={26}>
          Join {invitation.practiceName}
        </Title>
        <Text c="gray.7" size="sm">
          {invitation.practiceName} invites {inviteeName} to Caseload. The invitation is valid until{' '}
          {formatPracticeDateTime(invitation.expiresAt, browserTimeZone)}.
        </Text>
      </Stack>

      {serverError && (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="Could not accept"
          role="alert"
        >
          {serverError}
        </Alert>
      )}

      <form noValidate onSubmit={handleSubmit} aria-label="Accept invitation">
        <fieldset className={classes.fieldset} disabled={submitting}>
          <Stack gap="md">
            <TextInput
              label="Email"
              name="email"
              type="email"
              autoComplete="username"
              value={invitation.email}
              readOnly
              description="Your sign-in to Caseload."
            />
            {invitation.hasAccount ? (
              <PasswordInput
                ref={passwordInput}
                label="Password"
                name="password"
                autoComplete="current-password"
                description={`${invitation.email} already has a Caseload account: enter its password to join.`}
                required
                withAsterisk={false}
                value={password}
                onChange={(event) => {
                  setPassword(event.currentTarget.value);
                  setErrors({});
                }}
                error={errors.newPassword}
              />
            ) : (
              <>
                <PasswordInput
                  ref={passwordInput}
                  label="Choose a password"
                  name="newPassword"
                  autoComplete="new-password"
                  description={passwordPolicyHint}
                  required
                  withAsterisk={false}
                  value={password}
                  onChange={(event) => {
                    setPassword(event.currentTarget.value);
                    setErrors((current) => ({ ...current, newPassword: undefined }));
                  }}
                  error={errors.newPassword}
                />
                <PasswordInput
                  ref={confirmInput}
                  label="Confirm password"
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
              </>
            )}
            <Button
              type="submit"
              fullWidth
              size="md"
              loading={submitting}
              mt="xs"
              leftSection={<IconCircleCheck size={18} aria-hidden />}
            >
              Accept and sign in
            </Button>
          </Stack>
        </fieldset>
      </form>

      <Text size="sm" c="gray.7">
        Not for you, or not joining?{' '}
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={declineDialog.open}
          disabled={submitting}
        >
          Decline the invitation
        </Anchor>
      </Text>

      <Modal
        opened={declineOpened}
        onClose={declineDialog.close}
        title="Decline the invitation?"
        centered
        closeButtonProps={{ 'aria-label': 'Cancel' }}
      >
        <Stack gap="lg">
          <Text size="sm">
            {invitation.practiceName} will see that you declined, and this link stops working. To
            join later, you would need a new invitation.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={declineDialog.close} disabled={declining}>
              Cancel
            </Button>
            <Button color="red" loading={declining} onClick={handleDecline}>
              Decline invitation
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
