import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { TherapistChoice } from '../clients/use-practice-data';
import { staffKindLabels } from '../staff/staff-labels';
import type { ContactField, ContactFormValues } from './contact-form';

interface ContactFieldsProps {
  values: ContactFormValues;
  errors: Partial<Record<ContactField, string>>;
  onChange: <F extends ContactField>(field: F, value: ContactFormValues[F]) => void;
  practitioners: TherapistChoice[];
}

/** A contact's details and the practitioner who looks after them (seed 004's access control). */
export function ContactFields({ values, errors, onChange, practitioners }: ContactFieldsProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label="First name"
        required
        autoComplete="off"
        value={values.firstName}
        error={errors.firstName}
        onChange={(event) => onChange('firstName', event.currentTarget.value)}
      />
      <TextInput
        label="Last name"
        required
        autoComplete="off"
        value={values.lastName}
        error={errors.lastName}
        onChange={(event) => onChange('lastName', event.currentTarget.value)}
      />
      <TextInput
        label="Phone"
        type="tel"
        autoComplete="off"
        value={values.phone}
        error={errors.phone}
        onChange={(event) => onChange('phone', event.currentTarget.value)}
      />
      <TextInput
        label="Email"
        type="email"
        autoComplete="off"
        value={values.email}
        error={errors.email}
        onChange={(event) => onChange('email', event.currentTarget.value)}
      />
      <Select
        label="Assigned practitioner"
        description="Practitioners who see only their own contacts will see this one."
        placeholder="Nobody in particular"
        clearable
        searchable
        data={practitioners.map((practitioner) => ({
          value: practitioner.id,
          label:
            practitioner.kind === 'STUDENT_THERAPIST'
              ? `${practitioner.displayName} (${staffKindLabels.STUDENT_THERAPIST.toLowerCase()})`
              : practitioner.displayName,
        }))}
        value={values.assignedStaffMemberId}
        error={errors.assignedStaffMemberId}
        onChange={(id) => onChange('assignedStaffMemberId', id)}
        nothingFoundMessage="No active practitioner by that name"
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
}
