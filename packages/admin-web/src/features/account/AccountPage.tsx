import { useApolloClient } from '@apollo/client/react';
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCheck, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { viewerQuery } from '../../auth/viewer.operations';
import { useViewer } from '../../auth/viewer-context';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MfaEnrollment, RecoveryCodes } from './MfaEnrollment';

/** The signed-in member's own sign-in: their password and two-step sign-in. */
export function AccountPage() {
  useDocumentTitle('Your account · Caseload');
  const viewer = useViewer();

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Title order={1}>Your account</Title>
        <Text c="gray.7">
          {viewer.email} · {viewer.member.displayName} at {viewer.practice.name}
        </Text>
      </Stack>
      <PasswordSection />
      <TwoStepSection />
    </Stack>
  );
}

function PasswordSection() {
  const [changed, setChanged] = useState(false);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="password-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="password-heading">
          Password
        </Title>
        {changed && (
          <Alert
            color="green"
            icon={<IconCheck aria-hidden />}
            role="status"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setChanged(false)}
          >
            Your password has been changed. You were signed out on every other device.
          </Alert>
        )}
        <Stack maw={420}>
          <ChangePasswordForm onChanged={() => setChanged(true)} />
        </Stack>
      </Stack>
    </Paper>
  );
}

function TwoStepSection() {
  const viewer = useViewer();
  const client = useApolloClient();
  // Shown once, after enrolment, until the member is done with them (even as `me` reloads).
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  function enrolled(codes: string[]) {
    setRecoveryCodes(codes);
    client.refetchQueries({ include: [viewerQuery] }).catch(() => undefined);
  }

  const isOn = viewer.mfaEnabled || recoveryCodes !== null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="two-step-heading">
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} size="h3" id="two-step-heading">
            Two-step sign-in
          </Title>
          <Badge color={isOn ? 'green' : 'gray'} variant="light" size="lg">
            {isOn ? 'On' : 'Off'}
          </Badge>
        </Group>
        {recoveryCodes ? (
          <RecoveryCodes
            codes={recoveryCodes}
            email={viewer.email}
            practiceName={viewer.practice.name}
            doneLabel="Done"
            onDone={() => setRecoveryCodes(null)}
          />
        ) : viewer.mfaEnabled ? (
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconShieldCheck size={22} color="var(--mantine-color-green-7)" aria-hidden />
            <Text size="sm">
              Signing in asks for a code from your authenticator app, or one of your recovery codes.
              Lost your phone or used up your codes? Your practice owner or manager can reset
              two-step sign-in, and you set it up again.
            </Text>
          </Group>
        ) : (
          <Stack gap="md">
            <Text size="sm">
              Protect your account with a second step: besides your password, signing in asks for a
              code from an authenticator app on your phone. Recommended for everyone who can see
              client information.
            </Text>
            <MfaEnrollment onEnrolled={enrolled} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
