import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { StaffProfileFieldsFragment } from '../../gql/graphql';
import type { Toast } from '../clients/ResultToast';
import { ProfileSection } from './ProfileSection';
import {
  type ProfileEditAccess,
  type ProfileField,
  type ProfileFieldErrors,
  type ProfileFormValues,
  type ProfileSectionKey,
  profileChanges,
  profileFieldErrors,
  profileFieldLabels,
  profileFieldLock,
  profileFormValues,
  profileSaveFailure,
  profileSectionFields,
  rebaseProfileEdit,
} from './profile-form';
import { forgetStaffLists } from './staff-cache';
import { updateStaffProfileMutation } from './staff-profile.operations';

/** What a section's fields need from the form around them. */
export interface SectionForm {
  values: ProfileFormValues;
  errors: ProfileFieldErrors;
  change: <F extends ProfileField>(field: F, value: ProfileFormValues[F]) => void;
  /** Why the viewer cannot change a field, or null when they can. */
  lock: (field: ProfileField) => string | null;
}

type Conflict =
  | { kind: 'stale' }
  | { kind: 'reloaded'; theirChanges: ProfileField[]; bothChanged: ProfileField[] };

interface ProfileEditSectionProps {
  title: string;
  section: ProfileSectionKey;
  member: StaffProfileFieldsFragment;
  access: ProfileEditAccess;
  /** Why the section cannot be edited at all (a removed member), or null. */
  blocker: string | null;
  /** The section as read when not editing. */
  children: ReactNode;
  fields: (form: SectionForm) => ReactNode;
  /** Asks the API for the member again; the latest profile, or null if it could not. */
  onReload: () => Promise<StaffProfileFieldsFragment | null>;
  onResult: (toast: Toast) => void;
}

/**
 * One section of the profile, read or edited in place. A save sends only what changed, with the
 * version the form started from: if someone else saved in between, the API answers CONFLICT and
 * the form stays as it is until the latest version is loaded under it.
 */
export function ProfileEditSection({
  title,
  section,
  member,
  access,
  blocker,
  children,
  fields: renderFields,
  onReload,
  onResult,
}: ProfileEditSectionProps) {
  const [editing, setEditing] = useState(false);
  const startEditing = () => setEditing(true);

  return (
    <ProfileSection
      title={title}
      actions={
        !editing &&
        blocker === null && (
          <Button
            variant="default"
            onClick={startEditing}
            aria-label={`Edit ${title.toLowerCase()}`}
          >
            Edit
          </Button>
        )
      }
    >
      {editing ? (
        <SectionEditor
          title={title}
          section={section}
          member={member}
          access={access}
          renderFields={renderFields}
          onReload={onReload}
          onDone={(toast) => {
            setEditing(false);
            if (toast) {
              onResult(toast);
            }
          }}
        />
      ) : (
        children
      )}
    </ProfileSection>
  );
}

function SectionEditor({
  title,
  section,
  member,
  access,
  renderFields,
  onReload,
  onDone,
}: {
  title: string;
  section: ProfileSectionKey;
  member: StaffProfileFieldsFragment;
  access: ProfileEditAccess;
  renderFields: (form: SectionForm) => ReactNode;
  onReload: () => Promise<StaffProfileFieldsFragment | null>;
  onDone: (toast: Toast | null) => void;
}) {
  const fields = profileSectionFields[section];
  const [initial, setInitial] = useState(() => profileFormValues(member));
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(member.profile.version);
  const [errors, setErrors] = useState<ProfileFieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reloading, setReloading] = useState(false);
  const [update, { loading }] = useMutation(updateStaffProfileMutation, {
    update: forgetStaffLists,
  });

  const form: SectionForm = {
    values,
    errors,
    change: (field, value) => {
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => ({ ...current, [field]: undefined }));
    },
    lock: (field) => profileFieldLock(field, access),
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const nextErrors = profileFieldErrors(values, fields);
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      return;
    }
    const input = profileChanges(initial, values, fields);
    if (Object.keys(input).length === 0) {
      onDone(null);
      return;
    }
    try {
      await update({
        variables: { staffMemberId: member.id, expectedVersion: version, input },
      });
      onDone({
        tone: 'success',
        title: 'Profile saved',
        message: `Saved the ${title.toLowerCase()} of ${member.displayName}.`,
      });
    } catch (error) {
      const failure = profileSaveFailure(error as Error, fields);
      if (failure.kind === 'conflict') {
        setConflict({ kind: 'stale' });
      } else if (failure.kind === 'field') {
        setErrors({ [failure.field]: failure.message });
      } else {
        setGeneral(failure.message);
      }
    }
  }

  async function reload() {
    setReloading(true);
    try {
      const latest = await onReload();
      if (!latest) {
        setGeneral('The latest version could not be loaded. Try again in a moment.');
        return;
      }
      const rebased = rebaseProfileEdit(initial, values, profileFormValues(latest), fields);
      setInitial(rebased.initial);
      setValues(rebased.values);
      setVersion(latest.profile.version);
      setConflict({
        kind: 'reloaded',
        theirChanges: rebased.theirChanges,
        bothChanged: rebased.bothChanged,
      });
    } finally {
      setReloading(false);
    }
  }

  const fieldNames = (changed: ProfileField[]) =>
    changed.map((field) => profileFieldLabels[field].toLowerCase()).join(', ');

  return (
    <form onSubmit={save} noValidate aria-label={`Edit ${title.toLowerCase()}`}>
      <Stack gap="md">
        {conflict?.kind === 'stale' && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle aria-hidden />}
            title="Someone else changed this member"
            role="alert"
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">
                {member.displayName}'s profile was saved by someone else since you started editing.
                Your changes are still here: reload to get their version, then save again.
              </Text>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconRefresh size={14} aria-hidden />}
                loading={reloading}
                onClick={reload}
              >
                Reload their changes
              </Button>
            </Stack>
          </Alert>
        )}
        {conflict?.kind === 'reloaded' && (
          <Alert color="blue" icon={<IconRefresh aria-hidden />} title="Reloaded" role="status">
            {conflict.theirChanges.length === 0
              ? 'Nothing in this section changed: save again to keep your changes.'
              : `They changed the ${fieldNames(conflict.theirChanges)}; the form now shows their values under your changes.`}
            {conflict.bothChanged.length > 0 &&
              ` You both changed the ${fieldNames(conflict.bothChanged)}: saving keeps yours.`}
          </Alert>
        )}
        {renderFields(form)}
        {general && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Not saved" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone(null)}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={conflict?.kind === 'stale'}>
            Save {title.toLowerCase()}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
