import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  Skeleton,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { LoadError } from '../../app/LoadError';
import { NoAccess } from '../../app/NoAccess';
import { accessRefusal } from '../../auth/auth-errors';
import { asError, fieldRefusal } from '../../auth/field-errors';
import { readableErrorMessage } from '../../error-messages';
import { ResultToast, type Toast } from '../clients/ResultToast';
import {
  changedSettings,
  type NumericSetting,
  type PracticeSettingsErrors,
  type PracticeSettingsValues,
  settingConsequences,
  settingLimits,
  validatePracticeSettings,
} from './practice-settings-form';
import { practiceSettingsQuery, updatePracticeSettingsMutation } from './settings.operations';

/** The practice's settings (SPEC "Sign-in and accounts", "Invitation", supervision). */
export function SettingsPage() {
  useDocumentTitle('Settings · Caseload');
  const { data, dataState, error, loading, refetch } = useQuery(practiceSettingsQuery);
  const practice = dataState === 'complete' ? data.practice : undefined;

  const refusal = accessRefusal(error);
  if (refusal) {
    return <NoAccess pageName="Settings" permission={refusal.permission} />;
  }

  return (
    <Stack gap="lg" maw={720}>
      <Stack gap={4}>
        <Title order={1}>Settings</Title>
        {practice && (
          <Text c="dimmed">
            {practice.name} · {practice.plan.replace('_', ' ')} plan · dates shown in{' '}
            {practice.timezone}
          </Text>
        )}
      </Stack>
      {error ? (
        <LoadError
          title="Settings could not be loaded"
          error={error}
          onRetry={refetch}
          retrying={loading}
          retryLabel="Try again"
        />
      ) : practice ? (
        <SettingsForm saved={practice.settings} />
      ) : (
        <Stack gap="md" role="status" aria-label="Loading settings">
          <Skeleton height={80} />
          <Skeleton height={80} />
          <Skeleton height={80} />
        </Stack>
      )}
    </Stack>
  );
}

function SettingsForm({ saved }: { saved: PracticeSettingsValues }) {
  const [update, { loading: saving }] = useMutation(updatePracticeSettingsMutation);
  const [values, setValues] = useState<PracticeSettingsValues>(saved);
  const [errors, setErrors] = useState<PracticeSettingsErrors>({});
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const closeToast = useCallback(() => setToast(null), []);

  // After saving, the cache holds the new settings: start from them.
  useEffect(() => setValues(saved), [saved]);

  const changes = changedSettings(saved, values);
  const hasChanges = Object.keys(changes).length > 0;

  const setNumber = (field: NumericSetting) => (value: number | string) => {
    setValues((current) => ({
      ...current,
      [field]: typeof value === 'number' ? value : Number.NaN,
    }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validatePracticeSettings(values);
    setErrors(found);
    if (Object.keys(found).length > 0 || !hasChanges) {
      return;
    }
    const consequences = settingConsequences(changes);
    if (consequences.length > 0) {
      setConfirming(consequences);
      return;
    }
    void save();
  }

  async function save() {
    setConfirming(null);
    try {
      await update({ variables: { input: changes } });
      setToast({ tone: 'success', title: 'Settings saved', message: 'They apply from now on.' });
    } catch (thrown) {
      const error = asError(thrown);
      const refusal = fieldRefusal(error);
      if (refusal?.field === 'idleSignOutMinutes' || refusal?.field === 'invitationLifetimeHours') {
        setErrors({ [refusal.field]: refusal.message });
        return;
      }
      setToast({
        tone: 'error',
        title: 'Settings not saved',
        message: readableErrorMessage(error),
      });
    }
  }

  return (
    <>
      <form noValidate onSubmit={handleSubmit} aria-label="Practice settings">
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              <Title order={2} size="h4">
                Sign-in
              </Title>
              <NumberInput
                label="Sign members out after this many idle minutes"
                description={`${settingLimits.idleSignOutMinutes.min} to ${settingLimits.idleSignOutMinutes.max} minutes. Sessions also end 12 hours after sign-in.`}
                min={settingLimits.idleSignOutMinutes.min}
                max={settingLimits.idleSignOutMinutes.max}
                allowDecimal={false}
                value={values.idleSignOutMinutes}
                onChange={setNumber('idleSignOutMinutes')}
                error={errors.idleSignOutMinutes}
                disabled={saving}
              />
              <Switch
                label="Require two-step sign-in for every member"
                description="Members without it set it up at their next request before anything else."
                checked={values.mfaRequired}
                onChange={(event) => {
                  const { checked } = event.currentTarget;
                  setValues((current) => ({ ...current, mfaRequired: checked }));
                }}
                disabled={saving}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Stack gap="md">
              <Title order={2} size="h4">
                Invitations and supervision
              </Title>
              <NumberInput
                label="Invitation links stay valid for this many hours"
                description={`${settingLimits.invitationLifetimeHours.min} to ${settingLimits.invitationLifetimeHours.max} hours. Links already sent keep their own expiry.`}
                min={settingLimits.invitationLifetimeHours.min}
                max={settingLimits.invitationLifetimeHours.max}
                allowDecimal={false}
                value={values.invitationLifetimeHours}
                onChange={setNumber('invitationLifetimeHours')}
                error={errors.invitationLifetimeHours}
                disabled={saving}
              />
              <Switch
                label="Supervisors see their supervisees’ caseloads"
                checked={values.supervisionEnabled}
                onChange={(event) => {
                  const { checked } = event.currentTarget;
                  setValues((current) => ({ ...current, supervisionEnabled: checked }));
                }}
                disabled={saving}
              />
            </Stack>
          </Paper>
          <Group>
            <Button type="submit" loading={saving} disabled={!hasChanges}>
              Save settings
            </Button>
            <Button
              variant="default"
              disabled={!hasChanges || saving}
              onClick={() => {
                setValues(saved);
                setErrors({});
              }}
            >
              Discard changes
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title="Save these settings?"
        centered
      >
        <Stack gap="md">
          <Text size="sm">Saving changes what members notice:</Text>
          <List size="sm" spacing="xs">
            {confirming?.map((consequence) => (
              <List.Item key={consequence}>{consequence}</List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Keep editing
            </Button>
            <Button onClick={() => void save()} loading={saving}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ResultToast toast={toast} onClose={closeToast} />
    </>
  );
}
