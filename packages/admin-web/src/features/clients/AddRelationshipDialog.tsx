import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { asError, fieldRefusal } from '../../auth/field-errors';
import type { RelationshipType } from '../../gql/graphql';
import { ContactFields } from '../contacts/ContactFields';
import {
  type ContactField,
  type ContactFormValues,
  contactFormErrors,
  contactInput,
  contactSaveFailure,
  emptyContactForm,
} from '../contacts/contact-form';
import {
  clientRelationshipTypes,
  personName,
  relationshipTypeLabels,
  relationshipTypes,
} from '../contacts/contact-labels';
import { addRelationshipMutation, contactListQuery } from '../contacts/contacts.operations';
import { clientSearchQuery } from './clients.operations';
import { useTherapistChoices } from './use-practice-data';

type Party = 'NEW_CONTACT' | 'EXISTING_CONTACT' | 'CLIENT';

const partyLabels: Record<Party, string> = {
  NEW_CONTACT: 'New contact',
  EXISTING_CONTACT: 'Existing contact',
  CLIENT: 'Another client',
};

const searchDelayMs = 250;

interface AddRelationshipDialogProps {
  opened: boolean;
  client: { id: string; firstName: string; lastName: string };
  onClose: () => void;
  onAdded: (name: string) => void;
}

/** Link the client to a new contact, an existing one, or another client (seed 004). */
export function AddRelationshipDialog({
  opened,
  client,
  onClose,
  onAdded,
}: AddRelationshipDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={`Add a relationship for ${personName(client)}`}
    >
      {opened && <AddRelationshipForm client={client} onClose={onClose} onAdded={onAdded} />}
    </Modal>
  );
}

function AddRelationshipForm({
  client,
  onClose,
  onAdded,
}: Omit<AddRelationshipDialogProps, 'opened'>) {
  const { therapists } = useTherapistChoices();
  const [party, setParty] = useState<Party>('NEW_CONTACT');
  const [contact, setContact] = useState<ContactFormValues>(emptyContactForm);
  const [contactErrors, setContactErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [type, setType] = useState<RelationshipType | null>(null);
  const [emergency, setEmergency] = useState(false);
  const [errors, setErrors] = useState<{ chosen?: string; type?: string; general?: string }>({});
  const [add, { loading }] = useMutation(addRelationshipMutation);
  const types = party === 'CLIENT' ? clientRelationshipTypes : relationshipTypes;

  const changeParty = (next: Party) => {
    setParty(next);
    setChosen(null);
    setErrors({});
    if (next === 'CLIENT' && type && !clientRelationshipTypes.includes(type)) {
      setType(null);
    }
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nextContactErrors = party === 'NEW_CONTACT' ? contactFormErrors(contact) : {};
    const nextErrors = {
      chosen:
        party !== 'NEW_CONTACT' && !chosen
          ? party === 'CLIENT'
            ? 'Choose the client.'
            : 'Choose the contact.'
          : undefined,
      type: type ? undefined : 'Choose the relationship.',
    };
    setContactErrors(nextContactErrors);
    setErrors(nextErrors);
    if (
      Object.keys(nextContactErrors).length > 0 ||
      nextErrors.chosen ||
      nextErrors.type ||
      !type
    ) {
      return;
    }
    try {
      await add({
        variables: {
          clientId: client.id,
          newContact: party === 'NEW_CONTACT' ? contactInput(contact) : null,
          contactId: party === 'EXISTING_CONTACT' ? chosen?.id : null,
          relatedClientId: party === 'CLIENT' ? chosen?.id : null,
          type,
          isEmergencyContact: emergency,
        },
      });
      onAdded(party === 'NEW_CONTACT' ? personName(contactInput(contact)) : (chosen?.name ?? ''));
    } catch (thrown) {
      const error = asError(thrown);
      const refusal = fieldRefusal(error);
      if (refusal?.field === 'type') {
        setErrors({ type: refusal.message });
        return;
      }
      const failure = contactSaveFailure(error);
      if (failure.kind === 'field' && party === 'NEW_CONTACT') {
        setContactErrors({ [failure.field]: failure.message });
      } else {
        setErrors({ general: failure.message });
      }
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SegmentedControl
          aria-label="Who to link"
          fullWidth
          value={party}
          onChange={(value) => changeParty(value as Party)}
          data={(Object.keys(partyLabels) as Party[]).map((value) => ({
            value,
            label: partyLabels[value],
          }))}
        />
        {party === 'NEW_CONTACT' && (
          <ContactFields
            values={contact}
            errors={contactErrors}
            practitioners={therapists}
            onChange={(field, value) => {
              setContact((current) => ({ ...current, [field]: value }));
              setContactErrors((current) => ({ ...current, [field]: undefined }));
            }}
          />
        )}
        {party === 'EXISTING_CONTACT' && (
          <ContactPicker
            value={chosen}
            error={errors.chosen}
            onChange={(picked) => {
              setChosen(picked);
              setErrors((current) => ({ ...current, chosen: undefined }));
            }}
          />
        )}
        {party === 'CLIENT' && (
          <ClientPicker
            excludeId={client.id}
            value={chosen}
            error={errors.chosen}
            onChange={(picked) => {
              setChosen(picked);
              setErrors((current) => ({ ...current, chosen: undefined }));
            }}
          />
        )}
        <Select
          label={`Relationship to ${client.firstName}`}
          description={
            party === 'CLIENT'
              ? `Shown on both clients, each from their side: a parent of ${client.firstName} sees ${client.firstName} as their child.`
              : `What this person is to ${client.firstName}, e.g. Parent.`
          }
          required
          data={types.map((value) => ({ value, label: relationshipTypeLabels[value] }))}
          value={type}
          error={errors.type}
          onChange={(value) => {
            setType(value as RelationshipType | null);
            setErrors((current) => ({ ...current, type: undefined }));
          }}
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox
          label={`Emergency contact for ${client.firstName}`}
          checked={emergency}
          onChange={(event) => setEmergency(event.currentTarget.checked)}
        />
        {errors.general && (
          <Alert
            color="red"
            icon={<IconAlertCircle aria-hidden />}
            title="The relationship was not added"
            role="alert"
          >
            {errors.general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Add relationship
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface PickerProps {
  value: { id: string; name: string } | null;
  error?: string;
  onChange: (picked: { id: string; name: string } | null) => void;
}

/** Search-as-you-type over the server's list: Select filters nothing itself. */
function SearchSelect({
  label,
  placeholder,
  nothingFound,
  options,
  loading,
  onSearch,
  value,
  error,
  onChange,
}: PickerProps & {
  label: string;
  placeholder: string;
  nothingFound: string;
  options: Array<{ id: string; name: string }>;
  loading: boolean;
  onSearch: (search: string) => void;
}) {
  const data = [...options];
  if (value && !data.some((option) => option.id === value.id)) {
    data.unshift(value);
  }
  return (
    <Select
      label={label}
      placeholder={placeholder}
      required
      searchable
      clearable
      data={data.map((option) => ({ value: option.id, label: option.name }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(data.find((option) => option.id === id) ?? null)}
      onSearchChange={onSearch}
      filter={({ options: shown }) => shown}
      nothingFoundMessage={loading ? 'Searching…' : nothingFound}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function ContactPicker(props: PickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, searchDelayMs);
  const { data, loading } = useQuery(contactListQuery, {
    variables: { first: 10, after: null, search: debounced.trim() || null },
  });
  const options =
    data?.contacts.edges.map(({ node }) => ({ id: node.id, name: personName(node) })) ?? [];
  return (
    <Stack gap={4}>
      <SearchSelect
        {...props}
        label="Contact"
        placeholder="Search by name, phone or email"
        nothingFound="No contact you can see matches"
        options={options}
        loading={loading}
        onSearch={setSearch}
      />
      <Text size="xs" c="gray.7">
        Contacts are shared across the practice: one contact can be linked to several clients.
      </Text>
    </Stack>
  );
}

function ClientPicker({ excludeId, ...props }: PickerProps & { excludeId: string }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, searchDelayMs);
  const { data, loading } = useQuery(clientSearchQuery, {
    variables: { search: debounced.trim() },
  });
  const options =
    data?.clients.edges
      .map(({ node }) => ({ id: node.id, name: personName(node) }))
      .filter((option) => option.id !== excludeId) ?? [];
  return (
    <SearchSelect
      {...props}
      label="Client"
      placeholder="Search by name"
      nothingFound="No client you can see matches"
      options={options}
      loading={loading}
      onSearch={setSearch}
    />
  );
}
