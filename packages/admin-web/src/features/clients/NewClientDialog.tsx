import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { hasPermission, useViewer } from '../../auth/viewer-context';
import type { CreateClientMutation } from '../../gql/graphql';
import { type ClientFormErrors, ClientFormFields } from './ClientFormFields';
import {
  type ClientField,
  type ClientFormValues,
  clientFormErrors,
  clientSaveFailure,
  emptyClientForm,
  newClientInput,
} from './client-form';
import { createClientMutation } from './clients.operations';
import { localToday } from './date-format';
import { useLocationChoices, useTherapistChoices } from './use-practice-data';

export type CreatedClient = CreateClientMutation['createClient'];

interface NewClientDialogProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (client: CreatedClient, autoMatched: boolean) => void;
}

/** Add a client: who they are, who takes them on (chosen or auto-matched), what they need. */
export function NewClientDialog({ opened, onClose, onCreated }: NewClientDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title="New client">
      {opened && <NewClientForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function NewClientForm({ onClose, onCreated }: Omit<NewClientDialogProps, 'opened'>) {
  const viewer = useViewer();
  const { therapists, loading: therapistsLoading } = useTherapistChoices();
  const locations = useLocationChoices();
  const [values, setValues] = useState<ClientFormValues>(emptyClientForm);
  const [errors, setErrors] = useState<ClientFormErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [create, { loading }] = useMutation(createClientMutation, {
    refetchQueries: ['ClientList'],
  });

  const change = <F extends ClientField>(field: F, value: ClientFormValues[F]) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      // A direct client cannot wait unassigned: fall back to choosing a therapist.
      if (field === 'scope' && value === 'DIRECT' && next.assignment === 'UNASSIGNED') {
        next.assignment = 'CHOOSE';
      }
      return next;
    });
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const nextErrors = clientFormErrors(values, 'create', localToday());
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      return;
    }
    try {
      const result = await create({ variables: { input: newClientInput(values) } });
      if (result.data) {
        onCreated(result.data.createClient, values.assignment === 'AUTO_MATCH');
      }
    } catch (createError) {
      const failure = clientSaveFailure(createError as Error);
      if (failure.kind === 'field') {
        setErrors({ [failure.field]: failure.message });
      } else {
        setGeneral(failure.message);
      }
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ClientFormFields
          mode="create"
          values={values}
          errors={errors}
          onChange={change}
          therapists={therapists}
          therapistsLoading={therapistsLoading}
          autoMatchAvailable={hasPermission(viewer, 'clients.view.all')}
          locations={locations}
        />
        {general && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title="The client was not added"
          >
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Add client
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
