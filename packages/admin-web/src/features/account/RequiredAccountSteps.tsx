import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { signInPath } from '../../app/paths';
import { AuthPageLayout } from '../../auth/AuthPageLayout';
import { asError } from '../../auth/field-errors';
import { withSignInNotice } from '../../auth/sign-in-form';
import { signOutMutation, viewerQuery } from '../../auth/viewer.operations';
import { useViewer } from '../../auth/viewer-context';
import { readableErrorMessage } from '../../error-messages';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MfaEnrollment, RecoveryCodes } from './MfaEnrollment';

/**
 * What a member owes before entering the app: a new password in place of a temporary one, and
 * two-step sign-in when their practice requires it. The sign-in gate shows these instead of any
 * page asked for (the API refuses everything else until then); once settled, the page asked for.
 */

/** Asks `me` again: the gate then lets the member in, or on to the next step owed. */
function useReloadViewer() {
  const client = useApolloClient();
  return () => client.refetchQueries({ include: [viewerQuery] }).then(() => undefined);
}

/** Signing out, for a member who cannot settle the step now. */
function SignOutLink() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(signOutMutation);
  const [failure, setFailure] = useState<string | null>(null);

  async function handleSignOut() {
    setFailure(null);
    try {
      await signOut();
      await client.clearStore();
      await navigate(signInPath, {
        replace: true,
        state: withSignInNotice({ kind: 'signed-out' }),
      });
    } catch (error) {
      setFailure(readableErrorMessage(asError(error)));
    }
  }

  return (
    <Stack gap={4} align="center">
      <Text size="sm" c="gray.7" ta="center">
        Not now?{' '}
        <Anchor
          component="button"
          type="button"
          onClick={handleSignOut}
          disabled={loading}
          size="sm"
        >
          Sign out
        </Anchor>
      </Text>
      {failure && (
        <Text size="sm" c="red.8" role="alert">
          {failure}
        </Text>
      )}
    </Stack>
  );
}

export function RequiredPasswordChangePage() {
  useDocumentTitle('Choose a new password · Caseload');
  const viewer = useViewer();
  const reloadViewer = useReloadViewer();

  return (
    <AuthPageLayout footer={<SignOutLink />}>
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} fz={26}>
            Choose a new password
          </Title>
          <Text c="gray.7" size="sm">
            An administrator of {viewer.practice.name} gave {viewer.email} a temporary password.
            Choose your own before you continue.
          </Text>
        </Stack>
        <ChangePasswordForm
          currentPasswordLabel="Temporary password"
          submitLabel="Save and continue"
          onChanged={reloadViewer}
        />
      </Stack>
    </AuthPageLayout>
  );
}

export function RequiredMfaEnrollmentPage() {
  useDocumentTitle('Set up two-step sign-in · Caseload');
  const viewer = useViewer();
  const reloadViewer = useReloadViewer();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [continuing, setContinuing] = useState<string | null>(null);

  return (
    <AuthPageLayout wide footer={recoveryCodes ? undefined : <SignOutLink />}>
      <Stack gap="lg">
        <Stack gap={6}>
          <Title order={1} fz={26}>
            Set up two-step sign-in
          </Title>
          {!recoveryCodes && (
            <Alert color="blue" icon={<IconInfoCircle aria-hidden />} role="status">
              {viewer.practice.name} requires two-step sign-in for everyone: besides your password,
              signing in asks for a code from an app on your phone. It takes a minute.
            </Alert>
          )}
        </Stack>
        {continuing && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {continuing}
          </Alert>
        )}
        {recoveryCodes ? (
          <RecoveryCodes
            codes={recoveryCodes}
            email={viewer.email}
            practiceName={viewer.practice.name}
            doneLabel="Continue to Caseload"
            onDone={() =>
              reloadViewer().catch((error: unknown) =>
                setContinuing(readableErrorMessage(asError(error))),
              )
            }
          />
        ) : (
          <MfaEnrollment onEnrolled={setRecoveryCodes} startLabel="Start" />
        )}
      </Stack>
    </AuthPageLayout>
  );
}
