import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@caseload/shared';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { SignInPayloadFieldsFragment } from '../gql/graphql';
import { hasErrorCode, signInErrorMessage } from './auth-errors';
import { asError, fieldRefusal } from './field-errors';
import {
  normalizeRecoveryCode,
  normalizeTotpCode,
  recoveryCodeProblem,
  TOTP_CODE_LENGTH,
  totpCodeProblem,
} from './one-time-code';
import classes from './SignInPage.module.css';
import { verifySecondFactorMutation } from './viewer.operations';

interface SecondFactorFormProps {
  /** From the first step's answer: identifies the pending sign-in for 5 minutes. */
  secondFactorToken: string;
  email: string;
  /** Called with the final answer once the session cookie is set. */
  onVerified: (payload: SignInPayloadFieldsFragment) => Promise<void> | void;
  /** Back to email and password (a pending sign-in that expired, or another account). */
  onStartOver: () => void;
}

type Method = 'code' | 'recovery';

/**
 * The second step of signing in with two-step sign-in on: the 6-digit code of the member's
 * authenticator app, or, without the phone, one of their recovery codes (each works once).
 */
export function SecondFactorForm({
  secondFactorToken,
  email,
  onVerified,
  onStartOver,
}: SecondFactorFormProps) {
  const [verify] = useMutation(verifySecondFactorMutation);
  const [method, setMethod] = useState<Method>('code');
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Focus the field on arrival and on switching method; after a refusal, select what was typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the method changes
  useEffect(() => {
    input.current?.focus();
  }, [method]);
  useEffect(() => {
    if ((fieldError || serverError) && !submitting) {
      input.current?.select();
    }
  }, [fieldError, serverError, submitting]);

  function switchMethod(next: Method) {
    setMethod(next);
    setValue('');
    setFieldError(null);
    setServerError(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) {
      return;
    }
    const problem = method === 'code' ? totpCodeProblem(value) : recoveryCodeProblem(value);
    setFieldError(problem);
    if (problem) {
      input.current?.focus();
      return;
    }
    setSubmitting(true);
    setServerError(null);
    let payload: SignInPayloadFieldsFragment | undefined;
    try {
      const { data } = await verify({
        variables:
          method === 'code'
            ? { secondFactorToken, code: normalizeTotpCode(value) }
            : { secondFactorToken, recoveryCode: normalizeRecoveryCode(value) },
      });
      payload = data?.verifySecondFactor;
    } catch (thrown) {
      const error = asError(thrown);
      const refusal = fieldRefusal(error);
      if (refusal) {
        setFieldError(refusal.message);
      } else {
        setExpired(hasErrorCode(error, ErrorCode.UNAUTHENTICATED));
        setServerError(signInErrorMessage(error));
      }
      setSubmitting(false);
      return;
    }
    if (payload) {
      await onVerified(payload);
    }
  }

  const isCode = method === 'code';

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} fz={26}>
          Two-step sign-in
        </Title>
        <Text c="gray.7" size="sm">
          {isCode
            ? `Enter the ${TOTP_CODE_LENGTH}-digit code your authenticator app shows for ${email}.`
            : 'Enter one of the recovery codes you saved when you set up two-step sign-in. Each code works once.'}
        </Text>
      </Stack>

      {serverError && (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="Could not sign in"
          role="alert"
        >
          <Stack gap="xs" align="flex-start">
            {serverError}
            {expired && (
              <Button variant="default" size="xs" onClick={onStartOver}>
                Sign in again
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      <form noValidate onSubmit={handleSubmit} aria-label="Two-step sign-in">
        <fieldset className={classes.fieldset} disabled={submitting || expired}>
          <Stack gap="md">
            {isCode ? (
              <TextInput
                key="code"
                ref={input}
                label="Authentication code"
                name="code"
                autoComplete="one-time-code"
                inputMode="numeric"
                pattern="[0-9]*"
                maxLength={TOTP_CODE_LENGTH + 2}
                spellCheck={false}
                required
                withAsterisk={false}
                placeholder="123456"
                classNames={{ input: classes.codeInput }}
                value={value}
                onChange={(event) => {
                  setValue(event.currentTarget.value);
                  setFieldError(null);
                }}
                error={fieldError}
              />
            ) : (
              <TextInput
                key="recovery"
                ref={input}
                label="Recovery code"
                name="recoveryCode"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                required
                withAsterisk={false}
                placeholder="abcde-fghij"
                classNames={{ input: classes.codeInput }}
                value={value}
                onChange={(event) => {
                  setValue(event.currentTarget.value);
                  setFieldError(null);
                }}
                error={fieldError}
              />
            )}
            <Button type="submit" fullWidth size="md" loading={submitting} mt="xs">
              Verify
            </Button>
          </Stack>
        </fieldset>
      </form>

      <Group justify="space-between" gap="xs">
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => switchMethod(isCode ? 'recovery' : 'code')}
          disabled={submitting}
        >
          {isCode ? 'Use a recovery code instead' : 'Use your authenticator app instead'}
        </Anchor>
        <Anchor component="button" type="button" size="sm" c="gray.7" onClick={onStartOver}>
          Start over
        </Anchor>
      </Group>
      {!isCode && (
        <Text size="xs" c="gray.7">
          No codes left, or lost them? Your practice owner or manager can reset your two-step
          sign-in.
        </Text>
      )}
    </Stack>
  );
}
