import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import type { ContactRowFragment } from '../../gql/graphql';
import { useTherapistChoices } from '../clients/use-practice-data';
import { ContactFields } from './ContactFields';
import {
  type ContactField,
  type ContactFormValues,
  contactFormErrors,
  contactInput,
  contactSaveFailure,
  emptyContactForm,
} from './contact-form';
import { createContactMutation } from './contacts.operations';

interface NewContactDialogProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (contact: ContactRowFragment) => void;
}

/** Add a contact once, to link to any number of clients through their relationships. */
export function NewContactDialog({ opened, onClose, onCreated }: NewContactDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title="New contact">
      {opened && <NewContactForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function NewContactForm({ onClose, onCreated }: Omit<NewContactDialogProps, 'opened'>) {
  const { therapists } = useTherapistChoices();
  const [values, setValues] = useState<ContactFormValues>(emptyContactForm);
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [create, { loading }] = useMutation(createContactMutation, {
    refetchQueries: ['ContactList'],
  });

  const change = <F extends ContactField>(field: F, value: ContactFormValues[F]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const nextErrors = contactFormErrors(values);
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0) {
      return;
    }
    try {
      const result = await create({ variables: { input: contactInput(values) } });
      if (result.data) {
        onCreated(result.data.createContact);
      }
    } catch (createError) {
      const failure = contactSaveFailure(createError as Error);
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
        <ContactFields
          values={values}
          errors={errors}
          onChange={change}
          practitioners={therapists}
        />
        {general && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title="The contact was not added"
          >
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Add contact
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
