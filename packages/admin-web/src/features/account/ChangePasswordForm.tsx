import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { asError, fieldRefusal } from '../../auth/field-errors';
import {
  type ChangePasswordErrors,
  type ChangePasswordValues,
  hasErrors,
  passwordPolicyHint,
  validateChangePassword,
} from '../../auth/password-form';
import { readableErrorMessage } from '../../error-messages';
import { changePasswordMutation } from './account.operations';

const emptyValues: ChangePasswordValues = {
  currentPassword: '',
  newPassword: '',
  confirmPassword: '',
};

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

function isFormField(field: string | null): field is keyof ChangePasswordValues {
  return (fields as readonly (string | null)[]).includes(field);
}

interface ChangePasswordFormProps {
  /** The label of the current password: "Temporary password" when an admin set it. */
  currentPasswordLabel?: string;
  submitLabel?: string;
  /** After the API accepted the new password (the member's other sessions have ended). */
  onChanged: () => Promise<void> | void;
}

/** Current password, a new one and the same again, checked here and then by the API. */
export function ChangePasswordForm({
  currentPasswordLabel = 'Current password',
  submitLabel = 'Change password',
  onChanged,
}: ChangePasswordFormProps) {
  const [changePassword] = useMutation(changePasswordMutation);
  const [values, setValues] = useState<ChangePasswordValues>(emptyValues);
  const [errors, setErrors] = useState<ChangePasswordErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const inputs: Record<keyof ChangePasswordValues, RefObject<HTMLInputElement | null>> = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    confirmPassword: useRef<HTMLInputElement>(null),
  };

  const change = (field: keyof ChangePasswordValues) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) {
      return;
    }
    const found = validateChangePassword(values);
    setErrors(found);
    if (hasErrors(found)) {
      const first = fields.find((field) => found[field]);
      if (first) {
        inputs[first].current?.focus();
      }
      return;
    }
    setSubmitting(true);
    setServerError(null);
    try {
      await changePassword({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
    } catch (thrown) {
      const error = asError(thrown);
      const refusal = fieldRefusal(error);
      if (refusal && isFormField(refusal.field)) {
        const field = refusal.field;
        setErrors({ [field]: refusal.message });
        setSubmitting(false);
        // After the fieldset is enabled again.
        setTimeout(() => inputs[field].current?.select());
        return;
      }
      setServerError(readableErrorMessage(error));
      setSubmitting(false);
      return;
    }
    setValues(emptyValues);
    setSubmitting(false);
    await onChanged();
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Change password">
      <Stack gap="md">
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
        <PasswordInput
          ref={inputs.currentPassword}
          label={currentPasswordLabel}
          name="currentPassword"
          autoComplete="current-password"
          required
          withAsterisk={false}
          disabled={submitting}
          value={values.currentPassword}
          onChange={(event) => change('currentPassword')(event.currentTarget.value)}
          error={errors.currentPassword}
        />
        <PasswordInput
          ref={inputs.newPassword}
          label="New password"
          name="newPassword"
          autoComplete="new-password"
          description={passwordPolicyHint}
          required
          withAsterisk={false}
          disabled={submitting}
          value={values.newPassword}
          onChange={(event) => change('newPassword')(event.currentTarget.value)}
          error={errors.newPassword}
        />
        <PasswordInput
          ref={inputs.confirmPassword}
          label="Confirm new password"
          name="confirmPassword"
          autoComplete="new-password"
          required
          withAsterisk={false}
          disabled={submitting}
          value={values.confirmPassword}
          onChange={(event) => change('confirmPassword')(event.currentTarget.value)}
          error={errors.confirmPassword}
        />
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
