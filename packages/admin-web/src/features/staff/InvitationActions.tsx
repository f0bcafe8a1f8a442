import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import {
  IconAlertCircle,
  IconChevronDown,
  IconMailForward,
  IconMailOff,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { StaffStatus } from '../../gql/graphql';
import type { Toast } from '../clients/ResultToast';
import { apiRefusal } from './api-refusal';
import { canResendInvitation, canRevokeInvitation, type InvitationState } from './invitation-state';
import { resendInvitationMutation, revokeInvitationMutation } from './staff.operations';
import { forgetStaffLists } from './staff-cache';

export interface InvitedMember {
  id: string;
  displayName: string;
  email: string;
  status: StaffStatus;
  invitation?: InvitationState | null;
}

/**
 * Sends an invited member a new link. The answer carries the member's new invitation state, so
 * every list and page showing them follows without asking again.
 */
function useResendInvitation(onResult: (toast: Toast) => void) {
  const [resend, { loading }] = useMutation(resendInvitationMutation, {
    update: forgetStaffLists,
  });
  const send = async (member: InvitedMember) => {
    try {
      await resend({ variables: { staffMemberId: member.id } });
      onResult({
        tone: 'success',
        title: 'Invitation sent again',
        message: `A new link went to ${member.email}; any older link of theirs no longer works.`,
      });
    } catch (error) {
      onResult({
        tone: 'error',
        title: 'The invitation was not sent',
        message: apiRefusal(error as Error).message,
      });
    }
  };
  return { send, loading };
}

interface InvitationActionsProps {
  member: InvitedMember;
  onResult: (toast: Toast) => void;
}

/** A roster row's invitation actions, in a menu named after the member. */
export function InvitationMenu({ member, onResult }: InvitationActionsProps) {
  const { send, loading } = useResendInvitation(onResult);
  const [revoking, setRevoking] = useState(false);
  if (!canResendInvitation(member)) {
    return null;
  }
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="xs"
            loading={loading}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={`Invitation actions for ${member.displayName}`}
          >
            Invitation
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconMailForward size={16} aria-hidden />}
            onClick={() => send(member)}
          >
            Resend invitation
          </Menu.Item>
          {canRevokeInvitation(member) && (
            <Menu.Item
              color="red"
              leftSection={<IconMailOff size={16} aria-hidden />}
              onClick={() => setRevoking(true)}
            >
              Revoke invitation
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <RevokeInvitationModal
        member={revoking ? member : null}
        onClose={() => setRevoking(false)}
        onResult={onResult}
      />
    </>
  );
}

/** The profile's invitation actions, as buttons. */
export function InvitationButtons({ member, onResult }: InvitationActionsProps) {
  const { send, loading } = useResendInvitation(onResult);
  const [revoking, setRevoking] = useState(false);
  if (!canResendInvitation(member)) {
    return null;
  }
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconMailForward size={16} aria-hidden />}
        loading={loading}
        onClick={() => send(member)}
      >
        Resend invitation
      </Button>
      {canRevokeInvitation(member) && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconMailOff size={16} aria-hidden />}
          onClick={() => setRevoking(true)}
        >
          Revoke invitation
        </Button>
      )}
      <RevokeInvitationModal
        member={revoking ? member : null}
        onClose={() => setRevoking(false)}
        onResult={onResult}
      />
    </>
  );
}

function RevokeInvitationModal({
  member,
  onClose,
  onResult,
}: {
  member: InvitedMember | null;
  onClose: () => void;
  onResult: (toast: Toast) => void;
}) {
  const [revoke, { loading }] = useMutation(revokeInvitationMutation, {
    update: forgetStaffLists,
  });
  const [refusal, setRefusal] = useState<string | null>(null);

  const close = () => {
    setRefusal(null);
    onClose();
  };

  async function confirm() {
    if (!member) {
      return;
    }
    setRefusal(null);
    try {
      await revoke({ variables: { staffMemberId: member.id } });
      close();
      onResult({
        tone: 'success',
        title: 'Invitation revoked',
        message: `The link sent to ${member.email} no longer works.`,
      });
    } catch (error) {
      setRefusal(apiRefusal(error as Error).message);
    }
  }

  return (
    <Modal opened={member !== null} onClose={close} title="Revoke this invitation?">
      {member && (
        <Stack gap="md">
          <Text>
            The link sent to {member.email} stops working at once. {member.displayName} stays on the
            roster as invited until you resend the invitation or remove them.
          </Text>
          {refusal && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden />}
              title="Not revoked"
              role="alert"
            >
              {refusal}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button color="red" loading={loading} onClick={confirm}>
              Revoke invitation
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
