import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { EditableClientFragment } from '../../gql/graphql';
import { type ClientFormErrors, ClientFormFields } from './ClientFormFields';
import {
  type ClientField,
  type ClientFormValues,
  clientChanges,
  clientFormErrors,
  clientFormValues,
  clientSaveFailure,
  timeBlocksFromSlots,
} from './client-form';
import { clientName } from './client-labels';
import { updateClientMutation } from './clients.operations';
import { localToday } from './date-format';
import { useLocationChoices } from './use-practice-data';

interface EditClientDialogProps {
  opened: boolean;
  client: EditableClientFragment;
  hasTherapist: boolean;
  onClose: () => void;
  onSaved: () => void;
  /** Someone else changed the client: the page loads it again. */
  onConflict: () => Promise<unknown>;
}

/** Edit a client's details; the therapist changes through reassignment, with its history. */
export function EditClientDialog({ opened, client, onClose, ...rest }: EditClientDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={`Edit ${clientName(client)}`}>
      {/* Keyed by version: a reloaded client starts the form afresh. */}
      {opened && (
        <EditClientForm key={client.version} client={client} onClose={onClose} {...rest} />
      )}
    </Modal>
  );
}

function EditClientForm({
  client,
  hasTherapist,
  onClose,
  onSaved,
  onConflict,
}: Omit<EditClientDialogProps, 'opened'>) {
  const locations = useLocationChoices();
  const [values, setValues] = useState<ClientFormValues>(() => clientFormValues(client));
  const [errors, setErrors] = useState<ClientFormErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [update, { loading }] = useMutation(updateClientMutation);

  const change = <F extends ClientField>(field: F, value: ClientFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const nextErrors = clientFormErrors(values, 'edit', localToday());
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      return;
    }
    try {
      await update({
        variables: {
          clientId: client.id,
          input: clientChanges(client, values),
          // The version this page showed: the API refuses if someone changed the client since.
          expectedVersion: client.version,
        },
      });
      onSaved();
    } catch (updateError) {
      const failure = clientSaveFailure(updateError as Error);
      if (failure.kind === 'field') {
        setErrors({ [failure.field]: failure.message });
      } else {
        setGeneral(failure.message);
        if (failure.kind === 'conflict') {
          await onConflict().catch(() => undefined);
        }
      }
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ClientFormFields
          mode="edit"
          values={values}
          errors={errors}
          onChange={change}
          therapists={[]}
          therapistsLoading={false}
          autoMatchAvailable={false}
          locations={locations}
          hasTherapist={hasTherapist}
          discharged={client.status === 'DISCHARGED'}
          customTimesKept={!timeBlocksFromSlots(client.preferredTimes).exact}
        />
        {general && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title="The changes were not saved"
            role="alert"
          >
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
