import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { clientName } from './client-labels';
import { reassignClientMutation } from './clients.operations';
import {
  type ReassignableClient,
  reassignConsequence,
  reassignFailure,
  validateReason,
} from './reassignment';
import { TherapistSelect } from './TherapistSelect';
import { TherapistSuggestions } from './TherapistSuggestions';
import type { TherapistChoice } from './use-practice-data';

interface ReassignDialogProps {
  opened: boolean;
  client: ReassignableClient & { version: number };
  therapists: TherapistChoice[];
  therapistsLoading: boolean;
  onClose: () => void;
  /** After a move: the page shows the new therapist and history. */
  onDone: (target: TherapistChoice) => void;
  /** Someone else changed the client: the page loads it again. */
  onConflict: () => Promise<unknown>;
}

/**
 * Give one client another therapist, picked from the ranked suggestions (each score broken down)
 * or from every active therapist: who, why, and what it changes, before it is saved.
 */
export function ReassignDialog({
  opened,
  client,
  therapists,
  therapistsLoading,
  onClose,
  onDone,
  onConflict,
}: ReassignDialogProps) {
  const [targetId, setTargetId] = useState<string | null>(null);
  const [suggested, setSuggested] = useState<TherapistChoice | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ target?: string; reason?: string; general?: string }>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [reassign, { loading }] = useMutation(reassignClientMutation);
  const target =
    therapists.find((therapist) => therapist.id === targetId) ??
    (suggested?.id === targetId ? suggested : null);

  const chooseTarget = (id: string | null) => {
    setTargetId(id);
    setErrors((current) => ({ ...current, target: undefined }));
  };

  const reset = () => {
    setTargetId(null);
    setSuggested(null);
    setReason('');
    setErrors({});
    setConflict(null);
  };
  const close = () => {
    if (!loading) {
      reset();
      onClose();
    }
  };

  const submit = async () => {
    const next = {
      target: target ? undefined : 'Choose who takes this client on.',
      reason: validateReason(reason) ?? undefined,
    };
    setErrors(next);
    if (!target || next.reason) {
      return;
    }
    setConflict(null);
    try {
      await reassign({
        variables: {
          clientId: client.id,
          toTherapistId: target.id,
          reason: reason.trim(),
          // The version this page showed: the API refuses if someone changed the client since.
          expectedVersion: client.version,
        },
      });
      reset();
      onDone(target);
    } catch (error) {
      const failure = reassignFailure(error as Error);
      if (failure.kind === 'conflict') {
        setConflict(failure.message);
        await onConflict().catch(() => undefined);
      } else if (failure.kind === 'field') {
        setErrors(
          failure.field === 'reason' ? { reason: failure.message } : { target: failure.message },
        );
      } else {
        setErrors({ general: failure.message });
      }
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={`Reassign ${clientName(client)}`} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Current therapist:{' '}
            <strong>{client.therapist?.displayName ?? 'none (unassigned)'}</strong>
          </Text>
          {conflict && (
            <Alert
              color="yellow"
              icon={<IconAlertCircle aria-hidden />}
              title="This client changed"
              role="alert"
            >
              {conflict}
            </Alert>
          )}
          {opened && (
            <TherapistSuggestions
              clientId={client.id}
              value={targetId}
              onChange={(therapist) => {
                setSuggested(therapist);
                chooseTarget(therapist.id);
              }}
            />
          )}
          <TherapistSelect
            therapists={therapists}
            loading={therapistsLoading}
            excludeId={client.therapist?.id}
            value={targetId}
            onChange={chooseTarget}
            error={errors.target}
          />
          <Textarea
            label="Reason"
            description="Kept in the assignment history, with your name and the time."
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
          <Alert
            color="blue"
            variant="light"
            icon={<IconInfoCircle aria-hidden />}
            title="What happens"
          >
            <Text size="sm" data-testid="reassign-consequence">
              {reassignConsequence(client, target)}
            </Text>
          </Alert>
          {errors.general && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden />}
              title="The client was not reassigned"
            >
              {errors.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Reassign
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
