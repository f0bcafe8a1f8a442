import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@caseload/shared';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconUserMinus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { StaffProfileQuery } from '../../gql/graphql';
import { clientListViewToSearchParams, defaultClientListView } from '../clients/client-list-view';
import type { Toast } from '../clients/ResultToast';
import { apiRefusal } from './api-refusal';
import { InvitationButtons } from './InvitationActions';
import { invitationSummary } from './invitation-state';
import { ProfileSection } from './ProfileSection';
import { formatPracticeDateTime } from './practice-time';
import { RemoveMemberDialog } from './RemoveMemberDialog';
import { forgetStaffLists } from './staff-cache';
import { staffStatusLabels } from './staff-labels';
import { setStaffStatusMutation } from './staff-profile.operations';
import { type StatusAction, statusActions } from './status-actions';

type ProfileMember = NonNullable<StaffProfileQuery['staffMember']>;

const statusMeanings: Record<ProfileMember['status'], string> = {
  INVITED: 'Invited: they join once they accept the invitation.',
  ACTIVE: 'Active: they sign in with the access of their roles.',
  ON_HOLD: 'On hold: they sign in with read-only access to their own caseload.',
  INACTIVE: 'Inactive: they cannot sign in.',
  REMOVED:
    'Removed from the practice: their data is kept, and they can be invited again or join another practice.',
};

/**
 * Where the member stands and what can change it: status changes, the invitation of an invited
 * member, and removal. Each action needs its own permission; what the viewer lacks is said, not
 * offered.
 */
export function StatusSection({
  member,
  timeZone,
  onResult,
}: {
  member: ProfileMember;
  timeZone: string;
  onResult: (toast: Toast) => void;
}) {
  const viewer = useViewer();
  const isSelf = viewer.member.id === member.id;
  const canChangeStatus = hasPermission(viewer, 'staff.status');
  const canInvite = hasPermission(viewer, 'staff.invite');
  const canRemove = hasPermission(viewer, 'staff.remove');
  const [changing, setChanging] = useState<StatusAction | null>(null);
  const [removing, setRemoving] = useState(false);

  const actions = statusActions(
    {
      displayName: member.displayName,
      status: member.status,
      kind: member.kind,
      roleCount: member.roles.length,
      activeClientCount: member.activeClientCount,
    },
    isSelf,
  );
  const removable = member.status !== 'REMOVED';
  const removeBlocker = isSelf ? 'You cannot remove yourself: ask another admin.' : null;
  const blockers = [
    ...(canChangeStatus ? actions : [])
      .filter((action) => action.blocker)
      .map((action) => `${action.label}: ${action.blocker}`),
    ...(canRemove && removable && removeBlocker ? [`Remove: ${removeBlocker}`] : []),
  ];
  const missing = [
    ...(actions.length > 0 && !canChangeStatus ? ['changing the status needs staff.status'] : []),
    ...(member.status === 'INVITED' && !canInvite
      ? ['resending or revoking the invitation needs staff.invite']
      : []),
    ...(removable && !canRemove ? ['removing them from the practice needs staff.remove'] : []),
  ];
  const invitation =
    member.status === 'INVITED' ? invitationSummary(member.invitation, timeZone) : null;
  const clientsLink = `/clients?${clientListViewToSearchParams({
    ...defaultClientListView,
    therapistId: member.id,
    statuses: ['ACTIVE'],
  })}`;

  return (
    <ProfileSection title="Status and access">
      <Stack gap={4}>
        <Text>{statusMeanings[member.status]}</Text>
        {invitation && <Text c="gray.7">{invitation}.</Text>}
        <Text size="sm" c="gray.7">
          {member.lastSignInAt
            ? `Last signed in ${formatPracticeDateTime(member.lastSignInAt, timeZone)}.`
            : 'Has never signed in.'}{' '}
          {member.activeClientCount > 0 ? (
            <Anchor component={Link} to={clientsLink} size="sm">
              {member.activeClientCount === 1
                ? '1 active client'
                : `${member.activeClientCount} active clients`}
            </Anchor>
          ) : (
            'No active clients.'
          )}
        </Text>
      </Stack>

      <Group gap="sm">
        {canChangeStatus &&
          actions.map((action) => (
            <Button
              key={action.to}
              variant={action.destructive ? 'outline' : 'default'}
              color={action.destructive ? 'red' : undefined}
              disabled={action.blocker !== null}
              onClick={() => setChanging(action)}
            >
              {action.label}
            </Button>
          ))}
        {canInvite && <InvitationButtons member={member} onResult={onResult} />}
        {canRemove && removable && (
          <Button
            variant="outline"
            color="red"
            leftSection={<IconUserMinus size={16} aria-hidden />}
            disabled={removeBlocker !== null}
            onClick={() => setRemoving(true)}
          >
            Remove from practice
          </Button>
        )}
      </Group>
      {blockers.map((blocker) => (
        <Text key={blocker} size="sm" c="gray.7">
          {blocker}
        </Text>
      ))}
      {missing.length > 0 && (
        <Text size="sm" c="gray.7">
          {upperFirst(missing.join('; '))}: permissions your account does not have.
        </Text>
      )}

      <StatusChangeDialog
        member={member}
        action={changing}
        onClose={() => setChanging(null)}
        onChanged={(action) => {
          setChanging(null);
          onResult({
            tone: 'success',
            title: 'Status changed',
            message: `${member.displayName} is now ${staffStatusLabels[action.to].toLowerCase()}.`,
          });
        }}
      />
      <RemoveMemberDialog
        member={member}
        opened={removing}
        onClose={() => setRemoving(false)}
        onResult={onResult}
      />
    </ProfileSection>
  );
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function StatusChangeDialog({
  member,
  action,
  onClose,
  onChanged,
}: {
  member: ProfileMember;
  action: StatusAction | null;
  onClose: () => void;
  onChanged: (action: StatusAction) => void;
}) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The member's permissions and status show elsewhere on the page: load them again.
  const [setStatus, { loading }] = useMutation(setStaffStatusMutation, {
    update: forgetStaffLists,
    refetchQueries: ['StaffProfile', 'MemberPermissions'],
    awaitRefetchQueries: true,
  });

  const close = () => {
    setReason('');
    setReasonError(null);
    setRefusal(null);
    onClose();
  };

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!action) {
      return;
    }
    setRefusal(null);
    if (action.reasonRequired && reason.trim() === '') {
      setReasonError('Say why: the reason is kept in the activity log.');
      return;
    }
    try {
      await setStatus({
        variables: { staffMemberId: member.id, status: action.to, reason: reason.trim() },
      });
      setReason('');
      setReasonError(null);
      onChanged(action);
    } catch (error) {
      const failure = apiRefusal(error as Error);
      if (failure.code === ErrorCode.BAD_USER_INPUT && failure.field === 'reason') {
        setReasonError(failure.message);
      } else {
        setRefusal(failure.message);
      }
    }
  }

  return (
    <Modal opened={action !== null} onClose={close} title={action?.question}>
      {action && (
        <form onSubmit={confirm} noValidate>
          <Stack gap="md">
            <Alert
              color={action.destructive ? 'red' : 'blue'}
              icon={<IconAlertTriangle aria-hidden />}
              title="What changes"
            >
              {action.consequence}
            </Alert>
            <Textarea
              label={action.reasonRequired ? 'Reason' : 'Reason (optional)'}
              required={action.reasonRequired}
              description="Kept in the activity log."
              autosize
              minRows={2}
              value={reason}
              error={reasonError}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
              data-autofocus
            />
            {refusal && (
              <Alert
                color="red"
                icon={<IconAlertCircle aria-hidden />}
                title="Not changed"
                role="alert"
              >
                {refusal}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button
                type="submit"
                color={action.destructive ? 'red' : undefined}
                loading={loading}
              >
                {action.label}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
