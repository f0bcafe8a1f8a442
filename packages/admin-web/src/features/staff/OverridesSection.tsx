import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import type { OverrideEffect } from '@caseload/shared';
import { ErrorCode } from '@caseload/shared';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { MemberPermissionsQuery, StaffProfileQuery } from '../../gql/graphql';
import { refusalMessage } from '../roles/refusals';
import { groupByGroup, notHeldReason } from '../roles/role-editing';
import { ProfileSection } from './ProfileSection';
import {
  formatPracticeDateTime,
  hasExpired,
  practiceWallTimeToIso,
  toPracticeWallTime,
} from './practice-time';
import {
  memberPermissionsQuery,
  removePermissionOverrideMutation,
  setPermissionOverrideMutation,
} from './staff-profile.operations';

type ProfileMember = NonNullable<StaffProfileQuery['staffMember']>;
type Override = MemberPermissionsQuery['permissionOverrides'][number];
type Decision = MemberPermissionsQuery['effectivePermissions'][number];

const refetchAfterChange = ['MemberPermissions'];

/** Why the viewer cannot change this member's overrides, or null when they can. */
function overrideBlocker(
  viewer: ReturnType<typeof useViewer>,
  member: ProfileMember,
): string | null {
  if (!hasPermission(viewer, 'permissions.override')) {
    return 'Changing overrides needs the permissions.override permission, which your account does not have.';
  }
  if (viewer.member.id === member.id) {
    return 'You cannot change your own permissions: ask another admin.';
  }
  return null;
}

/** Per-member exceptions to their roles: the list, adding one and removing one. */
export function OverridesSection({
  member,
  timeZone,
}: {
  member: ProfileMember;
  timeZone: string;
}) {
  const viewer = useViewer();
  const blocker = overrideBlocker(viewer, member);
  const { data, dataState, error } = useQuery(memberPermissionsQuery, {
    variables: { staffMemberId: member.id },
  });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Override | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const loaded = dataState === 'complete' ? data : undefined;
  const now = new Date();

  return (
    <ProfileSection
      title="Permission overrides"
      actions={
        !blocker && (
          <Button
            variant="default"
            disabled={!loaded}
            onClick={() => {
              setResult(null);
              setAdding(true);
            }}
          >
            Add override
          </Button>
        )
      }
    >
      <Text size="sm" c="gray.7">
        An override grants (ALLOW) or withholds (DENY) one permission from this member alone,
        whatever their roles say. DENY always wins.
      </Text>
      {blocker && (
        <Text size="sm" c="gray.7">
          {blocker}
        </Text>
      )}
      <div aria-live="polite">
        {result && (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />}>
            {result}
          </Alert>
        )}
      </div>
      {error ? (
        <Alert
          color="red"
          icon={<IconAlertCircle aria-hidden />}
          title="Overrides could not be loaded"
        >
          {refusalMessage(error)}
        </Alert>
      ) : !loaded ? (
        <Skeleton height={80} />
      ) : loaded.permissionOverrides.length === 0 ? (
        <Text>No overrides: this member's permissions come from their roles alone.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" withTableBorder>
            <VisuallyHidden component="caption">Permission overrides</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Permission</Table.Th>
                <Table.Th scope="col" miw={100}>
                  Effect
                </Table.Th>
                <Table.Th scope="col">Reason</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">Set by</Table.Th>
                {!blocker && (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loaded.permissionOverrides.map((override) => {
                const expired = hasExpired(override.expiresAt, now);
                return (
                  <Table.Tr key={override.id}>
                    <Table.Td>
                      <Code>{override.permission}</Code>
                    </Table.Td>
                    <Table.Td>
                      <EffectBadge effect={override.effect} />
                    </Table.Td>
                    <Table.Td>{override.reason}</Table.Td>
                    <Table.Td>
                      {override.expiresAt ? (
                        <Group gap={6}>
                          <Text size="sm">
                            {formatPracticeDateTime(override.expiresAt, timeZone)}
                          </Text>
                          {expired && (
                            <Badge color="gray" variant="outline" tt="none" size="sm">
                              Expired: no longer counts
                            </Badge>
                          )}
                        </Group>
                      ) : (
                        'Never'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{override.grantedBy?.displayName ?? 'Unknown'}</Text>
                      <Text size="xs" c="gray.7">
                        {formatPracticeDateTime(override.createdAt, timeZone)}
                      </Text>
                    </Table.Td>
                    {!blocker && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={`Remove the ${override.effect} override of ${override.permission}`}
                          onClick={() => {
                            setResult(null);
                            setRemoving(override);
                          }}
                        >
                          Remove
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        size="lg"
        title={`Add an override for ${member.displayName}`}
      >
        {adding && loaded && (
          <AddOverrideForm
            member={member}
            decisions={loaded.effectivePermissions}
            existing={loaded.permissionOverrides}
            timeZone={timeZone}
            onClose={() => setAdding(false)}
            onSaved={(message) => {
              setAdding(false);
              setResult(message);
            }}
          />
        )}
      </Modal>
      <RemoveOverrideModal
        member={member}
        override={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(message) => {
          setRemoving(null);
          setResult(message);
        }}
      />
    </ProfileSection>
  );
}

export function EffectBadge({ effect }: { effect: OverrideEffect }) {
  return (
    <Badge
      variant="filled"
      color={effect === 'DENY' ? 'red.9' : 'green.9'}
      tt="none"
      title={effect === 'DENY' ? 'Withholds the permission' : 'Grants the permission'}
    >
      {effect}
    </Badge>
  );
}

interface AddOverrideFormProps {
  member: ProfileMember;
  decisions: readonly Decision[];
  existing: readonly Override[];
  timeZone: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}

type FieldErrors = Partial<Record<'permission' | 'reason' | 'expiresAt', string>>;

function AddOverrideForm({
  member,
  decisions,
  existing,
  timeZone,
  onClose,
  onSaved,
}: AddOverrideFormProps) {
  const viewer = useViewer();
  const [permission, setPermission] = useState<string | null>(null);
  const [effect, setEffect] = useState<OverrideEffect>('DENY');
  const [reason, setReason] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [setOverride, { loading }] = useMutation(setPermissionOverrideMutation, {
    refetchQueries: refetchAfterChange,
    awaitRefetchQueries: true,
  });

  // Granting needs the permission oneself; withholding does not.
  const lockedForAllow = (key: string) => effect === 'ALLOW' && !viewer.permissions.includes(key);
  const replaced = existing.find((override) => override.permission === permission);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nextErrors: FieldErrors = {};
    if (!permission) {
      nextErrors.permission = 'Choose a permission.';
    } else if (lockedForAllow(permission)) {
      nextErrors.permission = `${notHeldReason}: you can only DENY it.`;
    }
    if (reason.trim() === '') {
      nextErrors.reason = 'Say why the override is needed.';
    }
    const expiresIso = expiresAt === '' ? null : practiceWallTimeToIso(expiresAt, timeZone);
    if (expiresAt !== '' && !expiresIso) {
      nextErrors.expiresAt = 'Enter a date and time.';
    } else if (expiresIso && Date.parse(expiresIso) <= Date.now()) {
      nextErrors.expiresAt = 'The expiry must be in the future.';
    }
    setErrors(nextErrors);
    setRefusal(null);
    if (Object.keys(nextErrors).length > 0 || !permission) {
      return;
    }
    try {
      await setOverride({
        variables: {
          staffMemberId: member.id,
          permission,
          effect,
          reason: reason.trim(),
          expiresAt: expiresIso,
        },
      });
      onSaved(`Added a ${effect} override of ${permission} for ${member.displayName}.`);
    } catch (error) {
      const field = badInputField(error as Error);
      if (field) {
        setErrors({ [field.field]: field.message });
      } else {
        setRefusal(refusalMessage(error as Error));
      }
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="override-effect-label">
            Effect
          </Text>
          <SegmentedControl
            aria-labelledby="override-effect-label"
            value={effect}
            onChange={(value) => setEffect(value as OverrideEffect)}
            data={[
              { value: 'DENY', label: 'DENY — withhold' },
              { value: 'ALLOW', label: 'ALLOW — grant' },
            ]}
          />
        </Stack>
        <Select
          label="Permission"
          required
          searchable
          placeholder="Choose a permission"
          value={permission}
          onChange={setPermission}
          error={errors.permission}
          nothingFoundMessage="No permission matches"
          description={
            effect === 'ALLOW'
              ? 'You can only grant permissions you hold yourself.'
              : 'Withholding any permission is allowed.'
          }
          data={groupByGroup(decisions).map(({ group, items }) => ({
            group,
            items: items.map((decision) => ({
              value: decision.permission,
              label: lockedForAllow(decision.permission)
                ? `${decision.permission} (${notHeldReason})`
                : `${decision.permission} — ${decision.granted ? 'now granted' : 'now not granted'}`,
              disabled: lockedForAllow(decision.permission),
            })),
          }))}
        />
        {replaced && (
          <Text size="sm" c="orange.9">
            This replaces the existing {replaced.effect} override of {replaced.permission}.
          </Text>
        )}
        <Textarea
          label="Reason"
          required
          autosize
          minRows={2}
          description="Shown in the permission explainer and the activity log."
          value={reason}
          error={errors.reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <TextInput
          type="datetime-local"
          label="Expires (optional)"
          description={`In the practice's time (${timeZone}). Leave empty for no expiry.`}
          value={expiresAt}
          min={toPracticeWallTime(new Date(), timeZone)}
          error={errors.expiresAt}
          onChange={(event) => setExpiresAt(event.currentTarget.value)}
        />
        {refusal && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Not saved" role="alert">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Add override
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A BAD_USER_INPUT refusal of one of the form's fields, to show beside that field. */
function badInputField(error: Error): { field: keyof FieldErrors; message: string } | null {
  if (!CombinedGraphQLErrors.is(error)) {
    return null;
  }
  for (const graphQLError of error.errors) {
    const field = graphQLError.extensions?.field;
    if (
      graphQLError.extensions?.code === ErrorCode.BAD_USER_INPUT &&
      (field === 'permission' || field === 'reason' || field === 'expiresAt')
    ) {
      return { field, message: graphQLError.message };
    }
  }
  return null;
}

function RemoveOverrideModal({
  member,
  override,
  onClose,
  onRemoved,
}: {
  member: ProfileMember;
  override: Override | null;
  onClose: () => void;
  onRemoved: (message: string) => void;
}) {
  const [removeOverride, { loading }] = useMutation(removePermissionOverrideMutation, {
    refetchQueries: refetchAfterChange,
    awaitRefetchQueries: true,
  });
  const [refusal, setRefusal] = useState<string | null>(null);

  async function remove() {
    if (!override) {
      return;
    }
    setRefusal(null);
    try {
      await removeOverride({ variables: { id: override.id } });
      onRemoved(`Removed the ${override.effect} override of ${override.permission}.`);
    } catch (error) {
      setRefusal(refusalMessage(error as Error));
    }
  }

  return (
    <Modal
      opened={override !== null}
      onClose={() => {
        setRefusal(null);
        onClose();
      }}
      title="Remove this override?"
    >
      {override && (
        <Stack gap="md">
          <Text>
            {member.displayName}'s {override.effect} override of <Code>{override.permission}</Code>{' '}
            goes, and {override.permission} is then decided by their roles alone
            {override.effect === 'DENY'
              ? ': if a role grants it, they get it back at once.'
              : ': if no role grants it, they lose it at once.'}
          </Text>
          {refusal && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden />}
              title="Not removed"
              role="alert"
            >
              {refusal}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button color="red" loading={loading} onClick={remove}>
              Remove override
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
