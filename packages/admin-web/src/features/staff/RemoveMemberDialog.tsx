import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@caseload/shared';
import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { readableErrorMessage } from '../../error-messages';
import type { StaffProfileQuery } from '../../gql/graphql';
import { clientName } from '../clients/client-labels';
import type { Toast } from '../clients/ResultToast';
import { RiskBadge } from '../clients/RiskBadge';
import { TherapistSelect } from '../clients/TherapistSelect';
import { useTherapistChoices } from '../clients/use-practice-data';
import { apiRefusal } from './api-refusal';
import { forgetStaffLists } from './staff-cache';
import { memberActiveClientsQuery, removeStaffMemberMutation } from './staff-profile.operations';
import { removalConsequence } from './status-actions';

type ProfileMember = NonNullable<StaffProfileQuery['staffMember']>;

interface RemoveMemberDialogProps {
  member: ProfileMember;
  opened: boolean;
  onClose: () => void;
  onResult: (toast: Toast) => void;
}

/**
 * Removes a member from the practice. One who still carries active clients leaves only with
 * someone named to take all of them over, in the same step (the API refuses otherwise with
 * HAS_ACTIVE_CLIENTS and the count).
 */
export function RemoveMemberDialog({ member, opened, onClose, onResult }: RemoveMemberDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={`Remove ${member.displayName} from the practice?`}
    >
      {opened && <RemoveMemberForm member={member} onClose={onClose} onResult={onResult} />}
    </Modal>
  );
}

function RemoveMemberForm({ member, onClose, onResult }: Omit<RemoveMemberDialogProps, 'opened'>) {
  const apolloClient = useApolloClient();
  const hasClients = member.activeClientCount > 0;
  const { therapists, loading: therapistsLoading } = useTherapistChoices();
  const clients = useQuery(memberActiveClientsQuery, {
    variables: { therapistId: member.id },
    skip: !hasClients,
    fetchPolicy: 'network-only',
  });
  const [targetId, setTargetId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ target?: string; reason?: string }>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(removeStaffMemberMutation, {
    update: forgetStaffLists,
    refetchQueries: ['StaffProfile', 'MemberPermissions'],
    awaitRefetchQueries: true,
  });

  async function confirm(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    const nextErrors = {
      target: hasClients && !targetId ? 'Choose who takes over their clients.' : undefined,
      reason: reason.trim() === '' ? 'Say why they leave: it is kept in the log.' : undefined,
    };
    setErrors(nextErrors);
    if (nextErrors.target || nextErrors.reason) {
      return;
    }
    const target = therapists.find((therapist) => therapist.id === targetId);
    try {
      await remove({
        variables: {
          staffMemberId: member.id,
          reason: reason.trim(),
          reassignTo: hasClients ? targetId : null,
        },
      });
      const moved = member.activeClientCount;
      onClose();
      onResult({
        tone: 'success',
        title: 'Removed from the practice',
        message:
          moved > 0 && target
            ? `${member.displayName} has left the roster; their ${moved === 1 ? 'client is' : `${moved} clients are`} now with ${target.displayName}.`
            : `${member.displayName} has left the roster.`,
      });
    } catch (error) {
      const failure = apiRefusal(error as Error);
      if (failure.code === ErrorCode.HAS_ACTIVE_CLIENTS) {
        // They gained clients since the page loaded: with the count reloaded, the form lists them
        // and asks who takes them over.
        apolloClient
          .refetchQueries({
            include: hasClients ? ['StaffProfile', 'MemberActiveClients'] : ['StaffProfile'],
          })
          .catch(() => undefined);
      }
      if (failure.field === 'reassignTo') {
        setErrors({ target: failure.message });
      } else if (failure.field === 'reason') {
        setErrors({ reason: failure.message });
      } else {
        setRefusal(failure.message);
      }
    }
  }

  const listed = clients.data?.clients;

  return (
    <form onSubmit={confirm} noValidate>
      <Stack gap="md">
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="What changes">
          {removalConsequence(member)}
        </Alert>
        {hasClients && (
          <Stack gap="xs">
            <Text fw={600} size="sm" id="leaving-clients">
              Their active clients
            </Text>
            {clients.loading ? (
              <Group gap="xs">
                <Loader size="xs" />
                <Text size="sm">Loading their clients…</Text>
              </Group>
            ) : !listed ? (
              <Text size="sm" c="gray.7">
                {clients.error
                  ? `The list could not be loaded: ${readableErrorMessage(clients.error)}`
                  : 'The list could not be loaded.'}{' '}
                All {member.activeClientCount} still move to whoever you choose.
              </Text>
            ) : (
              <ScrollArea.Autosize mah={200} type="auto">
                <List aria-labelledby="leaving-clients" spacing={4} size="sm">
                  {listed.edges.map(({ node: client }) => (
                    <List.Item key={client.id}>
                      <Group gap="xs">
                        <Text size="sm">{clientName(client)}</Text>
                        <RiskBadge riskLevel={client.riskLevel} />
                      </Group>
                    </List.Item>
                  ))}
                </List>
                {listed.totalCount > listed.edges.length && (
                  <Text size="sm" c="gray.7">
                    and {listed.totalCount - listed.edges.length} more
                  </Text>
                )}
              </ScrollArea.Autosize>
            )}
            <TherapistSelect
              label="Who takes all of them over"
              therapists={therapists}
              loading={therapistsLoading}
              excludeId={member.id}
              value={targetId}
              error={errors.target}
              onChange={(id) => {
                setTargetId(id);
                setErrors((current) => ({ ...current, target: undefined }));
              }}
            />
          </Stack>
        )}
        <Textarea
          label="Reason"
          required
          description={
            hasClients
              ? 'Kept in the activity log and in each client’s assignment history.'
              : 'Kept in the activity log.'
          }
          autosize
          minRows={2}
          value={reason}
          error={errors.reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setErrors((current) => ({ ...current, reason: undefined }));
          }}
        />
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
            Keep them
          </Button>
          <Button type="submit" color="red" loading={loading}>
            Remove from practice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
