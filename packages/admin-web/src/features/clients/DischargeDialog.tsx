import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { asError, fieldRefusal } from '../../auth/field-errors';
import { clientSaveFailure } from './client-form';
import { clientName } from './client-labels';
import { dischargeClientMutation } from './clients.operations';
import {
  type DischargeableClient,
  dischargeConsequence,
  validateDischargeReason,
} from './discharge';

interface DischargeDialogProps {
  opened: boolean;
  client: DischargeableClient & { id: string; version: number };
  onClose: () => void;
  onDone: () => void;
  /** Someone else changed the client: the page loads it again. */
  onConflict: () => Promise<unknown>;
}

/** Discharge a client after saying what it does, with the reason kept on the record. */
export function DischargeDialog({
  opened,
  client,
  onClose,
  onDone,
  onConflict,
}: DischargeDialogProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [discharge, { loading }] = useMutation(dischargeClientMutation);

  const close = () => {
    if (!loading) {
      setReason('');
      setReasonError(null);
      setGeneral(null);
      onClose();
    }
  };

  const submit = async () => {
    const missing = validateDischargeReason(reason);
    setReasonError(missing);
    if (missing) {
      return;
    }
    setGeneral(null);
    try {
      await discharge({
        variables: { clientId: client.id, reason: reason.trim(), expectedVersion: client.version },
      });
      setReason('');
      onDone();
    } catch (thrown) {
      const error = asError(thrown);
      const refusal = fieldRefusal(error);
      if (refusal?.field === 'reason') {
        setReasonError(refusal.message);
        return;
      }
      const failure = clientSaveFailure(error);
      setGeneral(failure.message);
      if (failure.kind === 'conflict') {
        await onConflict().catch(() => undefined);
      }
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={`Discharge ${clientName(client)}?`} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title="What discharging does"
          >
            <List size="sm" spacing={4} data-testid="discharge-consequence">
              {dischargeConsequence(client).map((sentence) => (
                <List.Item key={sentence}>{sentence}</List.Item>
              ))}
            </List>
          </Alert>
          <Textarea
            label="Reason"
            description="Kept with the discharge and in the activity log, with your name and the time."
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
          />
          {general && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden />}
              title="The client was not discharged"
              role="alert"
            >
              <Text size="sm">{general}</Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={loading}>
              Discharge client
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
