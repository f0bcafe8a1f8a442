import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle, IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { clientCount, clientName } from './client-labels';
import { bulkReassignClientsMutation } from './clients.operations';
import {
  bulkReassignPlan,
  type ReassignableClient,
  reassignFailure,
  validateReason,
} from './reassignment';
import { TherapistSelect } from './TherapistSelect';
import type { TherapistChoice } from './use-practice-data';

interface BulkReassignDialogProps {
  opened: boolean;
  clients: ReassignableClient[];
  therapists: TherapistChoice[];
  therapistsLoading: boolean;
  onClose: () => void;
  onDone: (moved: number, target: TherapistChoice) => void;
}

/**
 * Reassign several clients at once, in two steps: choose whom and why, then confirm a list of
 * every client and where they go. The API moves all of them or none.
 */
export function BulkReassignDialog({
  opened,
  clients,
  therapists,
  therapistsLoading,
  onClose,
  onDone,
}: BulkReassignDialogProps) {
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [targetId, setTargetId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ target?: string; reason?: string; general?: string }>({});
  const [bulkReassign, { loading }] = useMutation(bulkReassignClientsMutation);

  const target = therapists.find((therapist) => therapist.id === targetId) ?? null;
  const plan = target ? bulkReassignPlan(clients, target.id) : null;

  const reset = () => {
    setStep('choose');
    setTargetId(null);
    setReason('');
    setErrors({});
  };
  const close = () => {
    if (!loading) {
      reset();
      onClose();
    }
  };

  const review = () => {
    const reasonError = validateReason(reason);
    const next = {
      target: target ? undefined : 'Choose who takes these clients on.',
      reason: reasonError ?? undefined,
    };
    setErrors(next);
    if (!next.target && !next.reason) {
      setStep('confirm');
    }
  };

  const confirm = async () => {
    if (!target || !plan) {
      return;
    }
    try {
      const result = await bulkReassign({
        variables: { assignments: plan.assignments, reason: reason.trim() },
      });
      reset();
      onDone(result.data?.bulkReassignClients ?? plan.moving.length, target);
    } catch (error) {
      const failure = reassignFailure(error as Error);
      if (failure.kind === 'field') {
        setStep('choose');
        setErrors(
          failure.field === 'reason' ? { reason: failure.message } : { target: failure.message },
        );
      } else {
        setErrors({ general: failure.message });
      }
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={step === 'choose' ? `Reassign ${clientCount(clients.length)}` : 'Confirm reassignment'}
      size="lg"
    >
      {step === 'choose' ? (
        <Stack gap="md">
          <Text size="sm">
            {clientCount(clients.length)} selected. Choose who takes them on and say why: the reason
            is kept in each client's assignment history.
          </Text>
          <TherapistSelect
            therapists={therapists}
            loading={therapistsLoading}
            value={targetId}
            onChange={(id) => {
              setTargetId(id);
              setErrors((current) => ({ ...current, target: undefined }));
            }}
            error={errors.target}
          />
          <Textarea
            label="Reason"
            description="For example: therapist leaving the practice."
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setErrors((current) => ({ ...current, reason: undefined }));
            }}
            error={errors.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={review}>Review</Button>
          </Group>
        </Stack>
      ) : (
        plan &&
        target && (
          <Stack gap="md">
            {plan.moving.length > 0 ? (
              <>
                <Text size="sm">
                  These {clientCount(plan.moving.length)} move to{' '}
                  <strong>{target.displayName}</strong>. Past sessions and notes stay as they are;
                  each move is added to the client's assignment history with your name and this
                  reason: “{reason.trim()}”.
                </Text>
                <List
                  spacing={4}
                  size="sm"
                  aria-label="Clients to reassign"
                  mah={280}
                  style={{ overflowY: 'auto' }}
                >
                  {plan.moving.map((client) => (
                    <List.Item key={client.id}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={500}>
                          {clientName(client)}
                        </Text>
                        <Text size="sm" c="gray.7">
                          {client.therapist?.displayName ?? 'Unassigned'}
                        </Text>
                        <IconArrowRight size={14} aria-label="to" />
                        <Text size="sm">{target.displayName}</Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text size="sm">
                Every selected client already has {target.displayName}: nothing to move.
              </Text>
            )}
            {plan.staying.length > 0 && (
              <Text size="sm" c="gray.7">
                Not changed, already with {target.displayName}:{' '}
                {plan.staying.map((client) => clientName(client)).join(', ')}.
              </Text>
            )}
            {errors.general && (
              <Alert
                color="red"
                icon={<IconAlertCircle aria-hidden />}
                title="Nothing was reassigned"
              >
                {errors.general}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setStep('choose')} disabled={loading}>
                Back
              </Button>
              <Button onClick={confirm} loading={loading} disabled={plan.moving.length === 0}>
                Reassign {clientCount(plan.moving.length)}
              </Button>
            </Group>
          </Stack>
        )
      )}
    </Modal>
  );
}
