import {
  Checkbox,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import type { ClientScope, ClientStatus, RiskLevel } from '../../gql/graphql';
import {
  type ClientField,
  type ClientFormValues,
  type TherapistAssignment,
  timeBlockKey,
  timeBlocks,
  weekdayLabels,
  weekdays,
} from './client-form';
import {
  clientScopeDescriptions,
  clientScopeLabels,
  clientScopes,
  clientStatusLabels,
  riskLevelLabels,
  riskLevels,
} from './client-labels';
import { TherapistSelect } from './TherapistSelect';
import type { LocationChoice, TherapistChoice } from './use-practice-data';

export type ClientFormErrors = Partial<Record<ClientField, string>>;

interface ClientFormFieldsProps {
  mode: 'create' | 'edit';
  values: ClientFormValues;
  errors: ClientFormErrors;
  onChange: <F extends ClientField>(field: F, value: ClientFormValues[F]) => void;
  therapists: TherapistChoice[];
  therapistsLoading: boolean;
  /** Auto-match may place the client anywhere: offered only to those who read every client. */
  autoMatchAvailable: boolean;
  locations: LocationChoice[];
  /** Edit: the client has a therapist (a direct client must). */
  hasTherapist?: boolean;
  /** Edit: the client is discharged now (choosing another status readmits them). */
  discharged?: boolean;
  /** Edit: stored times the form cannot show (set through the API) are replaced if times change. */
  customTimesKept?: boolean;
}

/** The fields of a client, for adding one (with who takes them on) and for editing one. */
export function ClientFormFields({
  mode,
  values,
  errors,
  onChange,
  therapists,
  therapistsLoading,
  autoMatchAvailable,
  locations,
  hasTherapist = false,
  discharged = false,
  customTimesKept = false,
}: ClientFormFieldsProps) {
  const statusChoices: ClientStatus[] = discharged
    ? ['DISCHARGED', 'ACTIVE', 'INACTIVE']
    : ['ACTIVE', 'INACTIVE'];
  return (
    <Stack gap="md">
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
          label="Date of birth"
          type="date"
          required
          value={values.dateOfBirth}
          error={errors.dateOfBirth}
          onChange={(event) => onChange('dateOfBirth', event.currentTarget.value)}
        />
        <Select
          label="Risk level"
          required
          allowDeselect={false}
          data={riskLevels.map((level) => ({ value: level, label: riskLevelLabels[level] }))}
          value={values.riskLevel}
          error={errors.riskLevel}
          onChange={(level) => level && onChange('riskLevel', level as RiskLevel)}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>

      <Radio.Group
        label="Scope"
        description={clientScopeDescriptions[values.scope]}
        value={values.scope}
        error={errors.scope}
        onChange={(scope) => onChange('scope', scope as ClientScope)}
      >
        <Group gap="lg" mt={6}>
          {clientScopes.map((scope) => (
            <Radio
              key={scope}
              value={scope}
              label={clientScopeLabels[scope]}
              disabled={mode === 'edit' && scope === 'DIRECT' && !hasTherapist}
            />
          ))}
        </Group>
      </Radio.Group>
      {mode === 'edit' && !hasTherapist && (
        <Text size="xs" c="gray.7" mt={-8}>
          A direct client belongs to one therapist: reassign this client to someone first.
        </Text>
      )}

      {mode === 'edit' && (
        <Select
          label="Status"
          description={discharged ? 'Choosing Active or Inactive readmits the client.' : undefined}
          allowDeselect={false}
          data={statusChoices.map((status) => ({
            value: status,
            label: clientStatusLabels[status],
            disabled: status === 'DISCHARGED',
          }))}
          value={values.status}
          error={errors.status}
          onChange={(status) => status && onChange('status', status as ClientStatus)}
          comboboxProps={{ withinPortal: true }}
        />
      )}

      {mode === 'create' && (
        <Fieldset legend="Therapist" variant="unstyled">
          <Stack gap="xs">
            <Radio.Group
              aria-label="Who takes this client on"
              value={values.assignment}
              error={errors.assignment}
              onChange={(assignment) => onChange('assignment', assignment as TherapistAssignment)}
            >
              <Stack gap={6}>
                <Radio value="CHOOSE" label="Choose a therapist" />
                <Radio
                  value="AUTO_MATCH"
                  label="Auto-match: the best-ranked active therapist"
                  description={
                    autoMatchAvailable
                      ? 'Ranked by specialty, availability, location and free capacity.'
                      : 'Needs the clients.view.all permission: the match may be anyone.'
                  }
                  disabled={!autoMatchAvailable}
                />
                <Radio
                  value="UNASSIGNED"
                  label="Leave unassigned for now"
                  description="Practice clients only: they wait in the reassignment queue."
                  disabled={values.scope === 'DIRECT'}
                />
              </Stack>
            </Radio.Group>
            {values.assignment === 'CHOOSE' && (
              <TherapistSelect
                label="Therapist"
                therapists={therapists}
                loading={therapistsLoading}
                value={values.therapistId}
                onChange={(id) => onChange('therapistId', id)}
                error={errors.therapistId}
              />
            )}
          </Stack>
        </Fieldset>
      )}

      <Fieldset legend="Needs" variant="unstyled">
        <Stack gap="sm">
          <TagsInput
            label="Specialties needed"
            description="Matching weighs these first. Press Enter after each."
            placeholder="e.g. Anxiety"
            value={values.neededSpecialties}
            error={errors.neededSpecialties}
            onChange={(specialties) => onChange('neededSpecialties', specialties)}
          />
          {locations.length > 0 && (
            <Select
              label="Preferred location"
              placeholder="No preference"
              clearable
              data={locations.map((location) => ({ value: location.id, label: location.name }))}
              value={values.preferredLocationId}
              error={errors.preferredLocationId}
              onChange={(id) => onChange('preferredLocationId', id)}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <PreferredTimes
            selected={values.preferredTimes}
            error={errors.preferredTimes}
            customTimesKept={customTimesKept}
            onChange={(keys) => onChange('preferredTimes', keys)}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}

/** A week of checkboxes, one per part of each day, each with its own label. */
function PreferredTimes({
  selected,
  error,
  customTimesKept,
  onChange,
}: {
  selected: string[];
  error?: string;
  customTimesKept: boolean;
  onChange: (keys: string[]) => void;
}) {
  const toggle = (key: string, checked: boolean) =>
    onChange(checked ? [...selected, key] : selected.filter((each) => each !== key));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="preferred-times-label">
        Preferred times
      </Text>
      <Text size="xs" c="gray.7">
        When the client can come. Matching compares them with therapists' availability.
        {customTimesKept && ' Times set elsewhere are kept unless you change these.'}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table
          aria-labelledby="preferred-times-label"
          withRowBorders={false}
          verticalSpacing={2}
          horizontalSpacing="xs"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <VisuallyHidden>Part of day</VisuallyHidden>
              </Table.Th>
              {weekdays.map((day) => (
                <Table.Th key={day} ta="center" fz="xs">
                  {weekdayLabels[day].slice(0, 3)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {timeBlocks.map((block) => (
              <Table.Tr key={block.key}>
                <Table.Th scope="row" fz="xs" fw={500}>
                  {block.label} ({block.hours})
                </Table.Th>
                {weekdays.map((day) => {
                  const key = timeBlockKey(day, block.key);
                  return (
                    <Table.Td key={day} ta="center">
                      <Checkbox
                        aria-label={`${weekdayLabels[day]} ${block.label.toLowerCase()}`}
                        checked={selected.includes(key)}
                        onChange={(event) => toggle(key, event.currentTarget.checked)}
                        styles={{ body: { justifyContent: 'center' } }}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
