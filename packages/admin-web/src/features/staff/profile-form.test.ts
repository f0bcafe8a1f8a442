import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { StaffProfileFieldsFragment } from '../../gql/graphql';
import {
  canEditProfile,
  changedProfileFields,
  type ProfileFormValues,
  profileChanges,
  profileFieldErrors,
  profileFieldLock,
  profileFormValues,
  profileSaveFailure,
  profileSectionFields,
  rebaseProfileEdit,
} from './profile-form';

const member: StaffProfileFieldsFragment = {
  id: 'm1',
  staffId: 'S-0012',
  displayName: 'Sam Whitaker',
  firstName: 'Sam',
  lastName: 'Whitaker',
  email: 'therapist@riverbend.example',
  title: 'LPC',
  profile: {
    version: 4,
    title: 'LPC',
    licenseNumber: null,
    discipline: 'Counseling',
    compensationTier: 'Tier 2',
    bio: null,
    secondaryEmail: null,
    primaryPhone: '(312) 555-0101',
    secondaryPhone: null,
    defaultPhone: 'PRIMARY',
    notificationSettings: {
      invitations: true,
      assignmentChanges: true,
      pendingNotesDigest: false,
      supervisionUpdates: true,
    },
    timezone: null,
    effectiveTimezone: 'America/Chicago',
    specialties: ['Anxiety', 'Grief'],
    locations: [
      { id: 'loc-b', name: 'Northside Office' },
      { id: 'loc-a', name: 'Downtown Clinic' },
    ],
    weeklyAvailability: [{ day: 'MONDAY', startMinute: 540, endMinute: 1020 }],
    caseloadCapacity: 25,
  },
};

const initial = profileFormValues(member);
const allFields = Object.values(profileSectionFields).flat();
const edit = (change: Partial<ProfileFormValues>): ProfileFormValues => ({ ...initial, ...change });

describe('profileFormValues', () => {
  it('holds empty text for what is not set', () => {
    expect(initial).toMatchObject({
      licenseNumber: '',
      bio: '',
      timezone: '',
      caseloadCapacity: '25',
      locationIds: ['loc-b', 'loc-a'],
      weeklyAvailability: [{ day: 'MONDAY', start: '09:00', end: '17:00' }],
    });
  });
});

describe('profileChanges', () => {
  it('sends nothing when nothing changed', () => {
    expect(profileChanges(initial, edit({ title: ' LPC ' }), allFields)).toEqual({});
    expect(profileChanges(initial, edit({ locationIds: ['loc-a', 'loc-b'] }), allFields)).toEqual(
      {},
    );
  });

  it('sends only the changed fields of the section, trimmed, empty text as null', () => {
    const edited = edit({
      title: 'LPC-S',
      bio: '  Works with teens. ',
      discipline: '',
      email: 'sam@riverbend.example',
    });
    expect(profileChanges(initial, edited, profileSectionFields.details)).toEqual({
      title: 'LPC-S',
      bio: 'Works with teens.',
      discipline: null,
    });
    expect(profileChanges(initial, edited, profileSectionFields.contact)).toEqual({
      email: 'sam@riverbend.example',
    });
  });

  it('sends the timezone, capacity and lists in the API’s terms', () => {
    expect(
      profileChanges(
        initial,
        edit({
          timezone: 'America/Denver',
          caseloadCapacity: '',
          specialties: ['Anxiety', ' Family   therapy ', ''],
          locationIds: ['loc-a'],
          weeklyAvailability: [
            { day: 'TUESDAY', start: '13:00', end: '00:00' },
            { day: 'MONDAY', start: '09:00', end: '17:00' },
          ],
        }),
        allFields,
      ),
    ).toEqual({
      timezone: 'America/Denver',
      caseloadCapacity: null,
      specialties: ['Anxiety', 'Family therapy'],
      locationIds: ['loc-a'],
      weeklyAvailability: [
        { day: 'MONDAY', startMinute: 540, endMinute: 1020 },
        { day: 'TUESDAY', startMinute: 780, endMinute: 1440 },
      ],
    });
    expect(profileChanges(edit({ timezone: 'UTC' }), initial, ['timezone'])).toEqual({
      timezone: null,
    });
  });

  it('sends only the notification choices that changed', () => {
    const edited = edit({
      notificationSettings: { ...initial.notificationSettings, pendingNotesDigest: true },
    });
    expect(profileChanges(initial, edited, profileSectionFields.notifications)).toEqual({
      notificationSettings: { pendingNotesDigest: true },
    });
  });
});

describe('changedProfileFields', () => {
  it('names what someone else changed in a section', () => {
    const theirs = profileFormValues({
      ...member,
      profile: { ...member.profile, bio: 'New bio', caseloadCapacity: 30 },
    });
    expect(changedProfileFields(initial, theirs, profileSectionFields.details)).toEqual(['bio']);
    expect(changedProfileFields(initial, theirs, allFields)).toEqual(['bio', 'caseloadCapacity']);
  });
});

describe('rebaseProfileEdit', () => {
  it('shows what they saved, keeps what I changed, and sends only my changes', () => {
    const mine = edit({ title: 'LPC-S', bio: 'My bio' });
    const latest = profileFormValues({
      ...member,
      profile: { ...member.profile, bio: 'Their bio', discipline: 'Social work' },
    });
    const rebased = rebaseProfileEdit(initial, mine, latest, profileSectionFields.details);
    expect(rebased.theirChanges).toEqual(['discipline', 'bio']);
    expect(rebased.bothChanged).toEqual(['bio']);
    expect(rebased.values).toMatchObject({
      title: 'LPC-S',
      bio: 'My bio',
      discipline: 'Social work',
    });
    expect(profileChanges(rebased.initial, rebased.values, profileSectionFields.details)).toEqual({
      title: 'LPC-S',
      bio: 'My bio',
    });
  });
});

describe('profileFieldErrors', () => {
  it('checks only the fields of the section being saved', () => {
    const values = edit({ firstName: ' ', email: 'not-an-email' });
    expect(profileFieldErrors(values, profileSectionFields.details)).toEqual({
      firstName: 'Enter a first name.',
    });
    expect(profileFieldErrors(values, profileSectionFields.contact)).toEqual({
      email: 'Enter a valid email address.',
    });
  });

  it('checks the staff ID, capacity, specialties and availability as the API does', () => {
    const errors = profileFieldErrors(
      edit({
        staffId: '-S1',
        caseloadCapacity: '2.5',
        specialties: Array.from({ length: 21 }, (_, index) => `Specialty ${index}`),
        weeklyAvailability: [{ day: 'FRIDAY', start: '17:00', end: '09:00' }],
      }),
      allFields,
    );
    expect(Object.keys(errors).sort()).toEqual([
      'caseloadCapacity',
      'specialties',
      'staffId',
      'weeklyAvailability',
    ]);
    expect(profileFieldErrors(edit({ caseloadCapacity: '0' }), allFields)).toEqual({});
  });

  it('asks for the phone to call first to be one that is set', () => {
    expect(
      profileFieldErrors(edit({ defaultPhone: 'SECONDARY' }), ['defaultPhone']).defaultPhone,
    ).toMatch(/secondary phone is empty/);
    expect(
      profileFieldErrors(edit({ primaryPhone: '', secondaryPhone: '555 0102' }), ['defaultPhone'])
        .defaultPhone,
    ).toMatch(/primary phone is empty/);
    expect(profileFieldErrors(edit({ primaryPhone: '' }), ['defaultPhone'])).toEqual({});
  });
});

describe('who may change what', () => {
  it('lets holders of staff.edit change everything', () => {
    const access = { canEditAll: true, isSelf: false };
    expect(canEditProfile(access)).toBe(true);
    expect(allFields.map((field) => profileFieldLock(field, access))).toEqual(
      allFields.map(() => null),
    );
  });

  it('lets members change their own contact details but not their staff ID or email', () => {
    const access = { canEditAll: false, isSelf: true };
    expect(canEditProfile(access)).toBe(true);
    expect(profileFieldLock('bio', access)).toBeNull();
    expect(profileFieldLock('weeklyAvailability', access)).toBeNull();
    expect(profileFieldLock('staffId', access)).toMatch(/staff\.edit/);
    expect(profileFieldLock('email', access)).toMatch(/staff\.edit/);
    expect(profileFieldLock('locationIds', access)).toMatch(/staff\.edit/);
  });

  it('lets nobody else change anything', () => {
    expect(canEditProfile({ canEditAll: false, isSelf: false })).toBe(false);
  });
});

describe('profileSaveFailure', () => {
  const refused = (message: string, extensions: Record<string, unknown>) =>
    new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

  it('tells a stale version apart from a taken email', () => {
    expect(
      profileSaveFailure(
        refused('Someone else changed this profile.', {
          code: 'CONFLICT',
          field: 'expectedVersion',
          currentVersion: 5,
        }),
        allFields,
      ),
    ).toEqual({ kind: 'conflict' });
    expect(
      profileSaveFailure(
        refused('Another member of the practice uses this email.', {
          code: 'CONFLICT',
          field: 'email',
        }),
        profileSectionFields.contact,
      ),
    ).toEqual({
      kind: 'field',
      field: 'email',
      message: 'Another member of the practice uses this email.',
    });
  });

  it('shows a refusal of a field outside the section above the buttons', () => {
    expect(
      profileSaveFailure(
        refused('Enter a phone number.', { code: 'BAD_USER_INPUT', field: 'primaryPhone' }),
        profileSectionFields.details,
      ),
    ).toEqual({ kind: 'general', message: 'Enter a phone number.' });
  });
});
