import type { NotificationSettings } from '@caseload/shared';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Input,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useViewer } from '../../auth/viewer-context';
import type { StaffProfileQuery, Weekday } from '../../gql/graphql';
import { readsCaseloadOf } from '../clients/caseload-view';
import type { Toast } from '../clients/ResultToast';
import { groupKindLabels } from '../groups/group-labels';
import { ProfileEditSection, type SectionForm } from './ProfileEditSection';
import { ProfileDetail } from './ProfileSection';
import type { ProfileEditAccess, ProfileField } from './profile-form';
import { profileFieldLabels } from './profile-form';
import { useStaffChoices } from './use-staff-choices';
import { availabilityByDay, weekdayLabels, weekdays } from './weekly-availability';

type ProfileMember = NonNullable<StaffProfileQuery['staffMember']>;

interface ProfileDetailsSectionsProps {
  member: ProfileMember;
  practiceTimezone: string;
  access: ProfileEditAccess;
  onReload: () => Promise<ProfileMember | null>;
  onResult: (toast: Toast) => void;
}

const notificationLabels: Record<keyof NotificationSettings, string> = {
  invitations: 'Invitations and replies to them',
  assignmentChanges: 'Clients given to them or taken from them',
  pendingNotesDigest: 'Digest of notes waiting for a signature',
  supervisionUpdates: 'Changes to their supervision',
};

/** Stands for "the practice's timezone" in the timezone choice (the API's null). */
const practiceTimezoneOption = 'practice';

/**
 * The profile's own details, section by section: each read as it is and edited in place. Editing
 * is for holders of staff.edit, and for the member themselves except the fields only an admin sets.
 */
export function ProfileDetailsSections({
  member,
  practiceTimezone,
  access,
  onReload,
  onResult,
}: ProfileDetailsSectionsProps) {
  const { profile } = member;
  const blocker =
    member.status === 'REMOVED'
      ? 'Removed members keep their profile as it was.'
      : access.canEditAll || access.isSelf
        ? null
        : 'Editing profiles needs the staff.edit permission, which your account does not have.';
  const shared = { member, access, blocker, onReload, onResult };
  const seesPrivateFields = access.canEditAll || access.isSelf;
  const viewer = useViewer();
  // The API's own rule: every caseload with clients.view.all, else one's own and one's supervisees'.
  const readsCaseload =
    (member.kind === 'THERAPIST' || member.kind === 'STUDENT_THERAPIST') &&
    readsCaseloadOf(
      viewer,
      member.supervisor?.id === viewer.member.id ? [member.id] : [],
      member.id,
    );

  return (
    <>
      {blocker && (
        <Text size="sm" c="gray.7">
          {blocker}
        </Text>
      )}
      <ProfileEditSection
        {...shared}
        title="Details"
        section="details"
        fields={(form) => <DetailsFields form={form} />}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <ProfileDetail label="Title">{profile.title ?? <Unset />}</ProfileDetail>
          <ProfileDetail label={profileFieldLabels.licenseNumber}>
            {profile.licenseNumber ?? <Unset />}
          </ProfileDetail>
          <ProfileDetail label="Discipline">{profile.discipline ?? <Unset />}</ProfileDetail>
          {seesPrivateFields && (
            <ProfileDetail label="Compensation tier">
              {profile.compensationTier ?? <Unset />}
            </ProfileDetail>
          )}
        </SimpleGrid>
        <ProfileDetail label="Bio">
          {profile.bio ? <Text style={{ whiteSpace: 'pre-line' }}>{profile.bio}</Text> : <Unset />}
        </ProfileDetail>
      </ProfileEditSection>

      <ProfileEditSection
        {...shared}
        title="Contact"
        section="contact"
        fields={(form) => <ContactFields form={form} practiceTimezone={practiceTimezone} />}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <ProfileDetail label="Work email">{member.email}</ProfileDetail>
          <ProfileDetail label="Secondary email">
            {profile.secondaryEmail ?? <Unset />}
          </ProfileDetail>
          <ProfileDetail label="Timezone">
            {profile.timezone ?? `${practiceTimezone} (the practice’s)`}
          </ProfileDetail>
          <ProfileDetail label="Primary phone">
            <Phone number={profile.primaryPhone} first={profile.defaultPhone === 'PRIMARY'} />
          </ProfileDetail>
          <ProfileDetail label="Secondary phone">
            <Phone number={profile.secondaryPhone} first={profile.defaultPhone === 'SECONDARY'} />
          </ProfileDetail>
        </SimpleGrid>
      </ProfileEditSection>

      <ProfileEditSection
        {...shared}
        title="Work"
        section="work"
        fields={(form) => <WorkFields form={form} />}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <ProfileDetail label="Specialties">
            <BadgeList names={profile.specialties} />
          </ProfileDetail>
          <ProfileDetail label="Locations">
            <BadgeList names={profile.locations.map((location) => location.name)} />
          </ProfileDetail>
          <ProfileDetail label="Caseload capacity">
            {profile.caseloadCapacity === null
              ? 'No limit'
              : `${profile.caseloadCapacity} active clients at most`}
            <Text size="sm" c="gray.7">
              {member.activeClientCount} active now
            </Text>
            {readsCaseload && (
              <Anchor component={Link} to={`/staff/${member.id}/caseload`} size="sm">
                Open their caseload and its figures
              </Anchor>
            )}
          </ProfileDetail>
        </SimpleGrid>
        <ProfileDetail label="Groups">
          {member.groups.length === 0 ? (
            <Unset />
          ) : (
            <Group gap="xs">
              {member.groups.map((group) => (
                <Badge key={group.id} variant="light" tt="none" color="gray">
                  {group.name} · {groupKindLabels[group.kind]}
                </Badge>
              ))}
            </Group>
          )}
          <Anchor component={Link} to="/groups" size="sm">
            Teams and departments are managed on the groups page
          </Anchor>
        </ProfileDetail>
      </ProfileEditSection>

      <ProfileEditSection
        {...shared}
        title="Weekly availability"
        section="availability"
        fields={(form) => <AvailabilityFields form={form} timeZone={profile.effectiveTimezone} />}
      >
        <AvailabilityList slots={profile.weeklyAvailability} timeZone={profile.effectiveTimezone} />
      </ProfileEditSection>

      {profile.notificationSettings && (
        <ProfileEditSection
          {...shared}
          title="Email notifications"
          section="notifications"
          fields={(form) => <NotificationFields form={form} />}
        >
          <Stack gap={4}>
            {(Object.keys(notificationLabels) as Array<keyof NotificationSettings>).map((key) => (
              <Text key={key} size="sm">
                {notificationLabels[key]}:{' '}
                <Text component="span" fw={600} size="sm">
                  {profile.notificationSettings?.[key] ? 'On' : 'Off'}
                </Text>
              </Text>
            ))}
          </Stack>
        </ProfileEditSection>
      )}
    </>
  );
}

function Unset() {
  return (
    <Text component="span" c="gray.7">
      Not set
    </Text>
  );
}

function Phone({ number, first }: { number: string | null; first: boolean }) {
  if (!number) {
    return <Unset />;
  }
  return (
    <Group gap="xs">
      <Anchor href={`tel:${number.replace(/[^\d+]/g, '')}`}>{number}</Anchor>
      {first && (
        <Badge size="sm" variant="light" tt="none">
          Call first
        </Badge>
      )}
    </Group>
  );
}

function BadgeList({ names }: { names: readonly string[] }) {
  if (names.length === 0) {
    return <Unset />;
  }
  return (
    <Group gap="xs">
      {names.map((name) => (
        <Badge key={name} variant="light" tt="none">
          {name}
        </Badge>
      ))}
    </Group>
  );
}

function AvailabilityList({
  slots,
  timeZone,
}: {
  slots: ProfileMember['profile']['weeklyAvailability'];
  timeZone: string;
}) {
  const days = availabilityByDay(slots);
  if (days.length === 0) {
    return <Text>No availability set: they are not offered for scheduling or matching.</Text>;
  }
  return (
    <Stack gap={4}>
      {days.map((day) => (
        <Text key={day.day} size="sm">
          <Text component="span" fw={600} size="sm">
            {day.label}:
          </Text>{' '}
          {day.times}
        </Text>
      ))}
      <Text size="xs" c="gray.7">
        Times in {timeZone}.
      </Text>
    </Stack>
  );
}

/** A text field of the form, read-only with the reason when the viewer cannot change it. */
function ProfileTextInput({
  form,
  field,
  description,
  type,
  required,
}: {
  form: SectionForm;
  field: ProfileField & keyof TextValues;
  description?: string;
  type?: string;
  required?: boolean;
}) {
  const lock = form.lock(field);
  return (
    <TextInput
      label={profileFieldLabels[field]}
      type={type}
      required={required}
      value={form.values[field]}
      readOnly={lock !== null}
      description={lock ?? description}
      error={form.errors[field]}
      onChange={(event) => form.change(field, event.currentTarget.value)}
    />
  );
}

type TextValues = Pick<
  SectionForm['values'],
  | 'firstName'
  | 'lastName'
  | 'staffId'
  | 'title'
  | 'licenseNumber'
  | 'discipline'
  | 'compensationTier'
  | 'email'
  | 'secondaryEmail'
  | 'primaryPhone'
  | 'secondaryPhone'
>;

function DetailsFields({ form }: { form: SectionForm }) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ProfileTextInput form={form} field="firstName" required />
        <ProfileTextInput form={form} field="lastName" required />
        <ProfileTextInput
          form={form}
          field="staffId"
          required
          description="Unique in the practice, up to 40 characters."
        />
        <ProfileTextInput form={form} field="title" description="e.g. LPC, Clinical Director" />
        <ProfileTextInput form={form} field="licenseNumber" />
        <ProfileTextInput form={form} field="discipline" description="e.g. Counseling" />
        <ProfileTextInput
          form={form}
          field="compensationTier"
          description="Seen only by the member and by holders of staff.edit."
        />
      </SimpleGrid>
      <Textarea
        label={profileFieldLabels.bio}
        autosize
        minRows={3}
        maxRows={10}
        value={form.values.bio}
        readOnly={form.lock('bio') !== null}
        description={form.lock('bio') ?? 'Shown to colleagues on this profile.'}
        error={form.errors.bio}
        onChange={(event) => form.change('bio', event.currentTarget.value)}
      />
    </Stack>
  );
}

function ContactFields({
  form,
  practiceTimezone,
}: {
  form: SectionForm;
  practiceTimezone: string;
}) {
  const timeZones = Intl.supportedValuesOf('timeZone');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ProfileTextInput
          form={form}
          field="email"
          type="email"
          required
          description="Their sign-in, and where the practice's mail goes."
        />
        <ProfileTextInput form={form} field="secondaryEmail" type="email" />
        <ProfileTextInput form={form} field="primaryPhone" type="tel" />
        <ProfileTextInput form={form} field="secondaryPhone" type="tel" />
      </SimpleGrid>
      <Radio.Group
        label={profileFieldLabels.defaultPhone}
        value={form.values.defaultPhone}
        error={form.errors.defaultPhone}
        onChange={(value) =>
          form.change('defaultPhone', value === 'SECONDARY' ? 'SECONDARY' : 'PRIMARY')
        }
      >
        <Group gap="lg" mt="xs">
          <Radio value="PRIMARY" label="Primary" />
          <Radio value="SECONDARY" label="Secondary" />
        </Group>
      </Radio.Group>
      <Select
        label={profileFieldLabels.timezone}
        description="Their availability is read in this timezone."
        searchable
        data={[
          { value: practiceTimezoneOption, label: `The practice’s (${practiceTimezone})` },
          ...timeZones.map((zone) => ({ value: zone, label: zone })),
        ]}
        value={form.values.timezone || practiceTimezoneOption}
        error={form.errors.timezone}
        onChange={(zone) =>
          form.change('timezone', !zone || zone === practiceTimezoneOption ? '' : zone)
        }
        nothingFoundMessage="No timezone by that name"
        maw={360}
      />
    </Stack>
  );
}

function WorkFields({ form }: { form: SectionForm }) {
  const { groups, loading } = useStaffChoices();
  const locations = groups.filter((group) => group.kind === 'LOCATION');
  const locationLock = form.lock('locationIds');
  const capacityLock = form.lock('caseloadCapacity');
  return (
    <Stack gap="md">
      <TagsInput
        label={profileFieldLabels.specialties}
        description="Press Enter after each one; at most 20. Used to match clients."
        value={[...form.values.specialties]}
        error={form.errors.specialties}
        onChange={(specialties) => form.change('specialties', specialties)}
        clearable
      />
      <MultiSelect
        label={profileFieldLabels.locationIds}
        placeholder={loading ? 'Loading locations…' : 'Choose locations'}
        description={locationLock ?? 'The offices and clinics they work at.'}
        data={locations.map((location) => ({ value: location.id, label: location.name }))}
        value={[...form.values.locationIds]}
        readOnly={locationLock !== null}
        error={form.errors.locationIds}
        onChange={(locationIds) => form.change('locationIds', locationIds)}
        nothingFoundMessage="No location by that name"
        comboboxProps={{ withinPortal: true }}
      />
      <NumberInput
        label={profileFieldLabels.caseloadCapacity}
        description={capacityLock ?? 'The most active clients they take; empty for no limit.'}
        min={0}
        max={500}
        allowDecimal={false}
        allowNegative={false}
        value={form.values.caseloadCapacity}
        readOnly={capacityLock !== null}
        error={form.errors.caseloadCapacity}
        onChange={(capacity) => form.change('caseloadCapacity', String(capacity))}
        maw={240}
      />
    </Stack>
  );
}

function AvailabilityFields({ form, timeZone }: { form: SectionForm; timeZone: string }) {
  const slots = form.values.weeklyAvailability;
  const setSlots = (next: typeof slots) => form.change('weeklyAvailability', next);
  const update = (index: number, change: Partial<(typeof slots)[number]>) =>
    setSlots(slots.map((slot, at) => (at === index ? { ...slot, ...change } : slot)));

  return (
    <Input.Wrapper
      label={profileFieldLabels.weeklyAvailability}
      description={`Times in ${timeZone}. A slot ending at 00:00 runs to midnight.`}
      error={form.errors.weeklyAvailability}
    >
      <Stack gap="sm" mt="xs">
        {slots.length === 0 && <Text size="sm">No slots: add one for each time they work.</Text>}
        {slots.map((slot, index) => {
          const slotName = `slot ${index + 1}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: slots are edited in place; a row's position is its identity while the form is open
            <Group key={index} gap="sm" align="flex-end" wrap="wrap">
              <Select
                label="Day"
                aria-label={`Day of ${slotName}`}
                data={weekdays.map((day) => ({ value: day, label: weekdayLabels[day] }))}
                value={slot.day}
                onChange={(day) => day && update(index, { day: day as Weekday })}
                allowDeselect={false}
                w={160}
              />
              <TextInput
                label="From"
                aria-label={`Start of ${slotName}`}
                type="time"
                value={slot.start}
                onChange={(event) => update(index, { start: event.currentTarget.value })}
                w={130}
              />
              <TextInput
                label="To"
                aria-label={`End of ${slotName}`}
                type="time"
                value={slot.end}
                onChange={(event) => update(index, { end: event.currentTarget.value })}
                w={130}
              />
              <ActionIcon
                variant="default"
                size="lg"
                mb={2}
                aria-label={`Remove ${slotName} (${weekdayLabels[slot.day]})`}
                onClick={() => setSlots(slots.filter((_, at) => at !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        <div>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() =>
              setSlots([
                ...slots,
                { day: slots.at(-1)?.day ?? 'MONDAY', start: '09:00', end: '17:00' },
              ])
            }
          >
            Add a time slot
          </Button>
        </div>
      </Stack>
    </Input.Wrapper>
  );
}

function NotificationFields({ form }: { form: SectionForm }) {
  const settings = form.values.notificationSettings;
  return (
    <Stack gap="sm">
      <Text size="sm" c="gray.7">
        Which emails they receive from Caseload.
      </Text>
      {(Object.keys(notificationLabels) as Array<keyof NotificationSettings>).map((key) => (
        <Switch
          key={key}
          label={notificationLabels[key]}
          checked={settings[key]}
          onChange={(event) =>
            form.change('notificationSettings', { ...settings, [key]: event.currentTarget.checked })
          }
        />
      ))}
    </Stack>
  );
}
