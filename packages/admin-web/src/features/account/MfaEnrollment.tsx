import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  CopyButton,
  Group,
  Image,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { asError, fieldRefusal } from '../../auth/field-errors';
import { normalizeTotpCode, TOTP_CODE_LENGTH, totpCodeProblem } from '../../auth/one-time-code';
import { readableErrorMessage } from '../../error-messages';
import type { StartMfaEnrollmentMutation } from '../../gql/graphql';
import { confirmMfaEnrollmentMutation, startMfaEnrollmentMutation } from './account.operations';
import { recoveryCodesFileName, recoveryCodesText } from './recovery-codes';

type Enrollment = StartMfaEnrollmentMutation['startMfaEnrollment'];

interface MfaEnrollmentProps {
  /** With the ten recovery codes, once two-step sign-in is on. */
  onEnrolled: (recoveryCodes: string[]) => void;
  /** Shown beside "Set up": e.g. signing out, on the page that owes enrolment. */
  startLabel?: string;
}

/**
 * Turning on two-step sign-in: a new secret (as a QR code, and as a key to type for apps that
 * cannot scan), then a code from the app to prove it is set up. Starting is a button, not an
 * effect: each start replaces the secret, and one shown on screen must be the one that counts.
 */
export function MfaEnrollment({
  onEnrolled,
  startLabel = 'Set up two-step sign-in',
}: MfaEnrollmentProps) {
  const [start, { loading: starting }] = useMutation(startMfaEnrollmentMutation);
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [startError, setStartError] = useState<string | null>(null);

  async function begin() {
    setStartError(null);
    try {
      const { data } = await start();
      setEnrollment(data?.startMfaEnrollment ?? null);
    } catch (error) {
      setStartError(readableErrorMessage(asError(error)));
    }
  }

  if (!enrollment) {
    return (
      <Stack gap="sm" align="flex-start">
        {startError && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title="Could not start"
            role="alert"
            w="100%"
          >
            {startError}
          </Alert>
        )}
        <Button onClick={begin} loading={starting}>
          {startLabel}
        </Button>
      </Stack>
    );
  }
  return <ConfirmEnrollment enrollment={enrollment} onEnrolled={onEnrolled} />;
}

function ConfirmEnrollment({
  enrollment,
  onEnrolled,
}: {
  enrollment: Enrollment;
  onEnrolled: (recoveryCodes: string[]) => void;
}) {
  const [confirm] = useMutation(confirmMfaEnrollmentMutation);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (fieldError && !submitting) {
      codeInput.current?.select();
    }
  }, [fieldError, submitting]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) {
      return;
    }
    const problem = totpCodeProblem(code);
    setFieldError(problem);
    if (problem) {
      codeInput.current?.focus();
      return;
    }
    setSubmitting(true);
    setServerError(null);
    try {
      const { data } = await confirm({ variables: { code: normalizeTotpCode(code) } });
      if (data) {
        onEnrolled(data.confirmMfaEnrollment);
        return;
      }
    } catch (thrown) {
      const error = asError(thrown);
      const refusal = fieldRefusal(error);
      if (refusal) {
        setFieldError(refusal.message);
      } else {
        setServerError(readableErrorMessage(error));
      }
    }
    setSubmitting(false);
  }

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="lg">
        <Paper withBorder radius="md" p="sm" w="fit-content" h="fit-content">
          <Image
            src={enrollment.qrCodeDataUrl}
            alt="QR code to scan with your authenticator app"
            w={180}
            h={180}
          />
        </Paper>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            1. Scan the QR code
          </Text>
          <Text size="sm" c="gray.7">
            Open an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password,
            Authy…), add an account and scan the code.
          </Text>
          <Text size="sm" c="gray.7">
            Cannot scan it? Add the account by hand with this setup key (time-based, 6 digits).
          </Text>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label="Setup key"
              value={enrollment.secret}
              readOnly
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              onFocus={(event) => event.currentTarget.select()}
              style={{ flex: 1 }}
            />
            <CopyButton value={enrollment.secret}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  onClick={copy}
                  leftSection={
                    copied ? (
                      <IconCheck size={16} aria-hidden />
                    ) : (
                      <IconCopy size={16} aria-hidden />
                    )
                  }
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            Setup link:{' '}
            <Text span ff="monospace" size="xs">
              {enrollment.otpauthUri}
            </Text>
          </Text>
        </Stack>
      </SimpleGrid>

      <form noValidate onSubmit={handleSubmit} aria-label="Confirm two-step sign-in">
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            2. Enter the code the app shows
          </Text>
          {serverError && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden />}
              title="Could not turn on two-step sign-in"
              role="alert"
            >
              {serverError}
            </Alert>
          )}
          <Group align="flex-start" gap="sm">
            <TextInput
              ref={codeInput}
              label="Authentication code"
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={TOTP_CODE_LENGTH + 2}
              placeholder="123456"
              required
              withAsterisk={false}
              disabled={submitting}
              value={code}
              onChange={(event) => {
                setCode(event.currentTarget.value);
                setFieldError(null);
              }}
              error={fieldError}
              w={220}
            />
            <Button type="submit" loading={submitting} mt={25}>
              Turn on
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

interface RecoveryCodesProps {
  codes: readonly string[];
  email: string;
  practiceName: string;
  /** What ends the showing: the codes are never shown again. */
  doneLabel: string;
  onDone: () => void;
}

/** The ten recovery codes, this once: to copy, download or print before going on. */
export function RecoveryCodes({
  codes,
  email,
  practiceName,
  doneLabel,
  onDone,
}: RecoveryCodesProps) {
  const [createdAt] = useState(() => new Date());
  const text = recoveryCodesText({ codes, email, practiceName, createdAt });
  const heading = useRef<HTMLHeadingElement>(null);

  // Announce the new state of the page by moving there: the form that had focus is gone.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = recoveryCodesFileName(email);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCheck aria-hidden />} title="Two-step sign-in is on">
        From now on, signing in asks for a code from your authenticator app.
      </Alert>
      <Title order={2} size="h4" ref={heading} tabIndex={-1}>
        Save your recovery codes
      </Title>
      <Text size="sm">
        If you lose your phone, each of these codes signs you in once instead of a code from the
        app. They are shown only now: copy or download them and keep them somewhere safe, such as a
        password manager.
      </Text>
      <Paper withBorder radius="md" p="md" bg="gray.0">
        <List
          aria-label="Recovery codes"
          listStyleType="none"
          ff="monospace"
          styles={{ root: { columns: 2, paddingInlineStart: 0 } }}
          spacing={4}
        >
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
      </Paper>
      <Group gap="sm">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={
                copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
              }
            >
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          onClick={download}
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          Download
        </Button>
        <Button onClick={onDone}>{doneLabel}</Button>
      </Group>
    </Stack>
  );
}
