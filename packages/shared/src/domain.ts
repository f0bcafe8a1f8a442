/** Vocabularies of the domain, shared by the database, the API and the admin app. */

function values<T extends Record<string, string>>(vocabulary: T): Array<T[keyof T]> {
  return Object.values(vocabulary) as Array<T[keyof T]>;
}

export const PracticePlan = { SOLO: 'SOLO', SOLO_PLUS: 'SOLO_PLUS', TEAM: 'TEAM' } as const;
export type PracticePlan = (typeof PracticePlan)[keyof typeof PracticePlan];

export const StaffKind = {
  THERAPIST: 'THERAPIST',
  STUDENT_THERAPIST: 'STUDENT_THERAPIST',
  ADMIN_STAFF: 'ADMIN_STAFF',
  EXTERNAL_AGENT: 'EXTERNAL_AGENT',
} as const;
export type StaffKind = (typeof StaffKind)[keyof typeof StaffKind];

export const StaffStatus = {
  INVITED: 'INVITED',
  ACTIVE: 'ACTIVE',
  ON_HOLD: 'ON_HOLD',
  INACTIVE: 'INACTIVE',
  REMOVED: 'REMOVED',
} as const;
export type StaffStatus = (typeof StaffStatus)[keyof typeof StaffStatus];

export const BillingModifier = { HO: 'HO', HN: 'HN', HP: 'HP' } as const;
export type BillingModifier = (typeof BillingModifier)[keyof typeof BillingModifier];

export const OverrideEffect = { ALLOW: 'ALLOW', DENY: 'DENY' } as const;
export type OverrideEffect = (typeof OverrideEffect)[keyof typeof OverrideEffect];

export const GroupKind = { TEAM: 'TEAM', LOCATION: 'LOCATION', DEPARTMENT: 'DEPARTMENT' } as const;
export type GroupKind = (typeof GroupKind)[keyof typeof GroupKind];

export const ClientStatus = {
  ACTIVE: 'ACTIVE',
  INACTIVE: 'INACTIVE',
  DISCHARGED: 'DISCHARGED',
} as const;
export type ClientStatus = (typeof ClientStatus)[keyof typeof ClientStatus];

export const RiskLevel = {
  LOW: 'LOW',
  MODERATE: 'MODERATE',
  HIGH: 'HIGH',
  CRITICAL: 'CRITICAL',
} as const;
export type RiskLevel = (typeof RiskLevel)[keyof typeof RiskLevel];

/** Ordered from least to most severe, so "highest risk" is a comparison of indexes. */
export const riskLevelsBySeverity: readonly RiskLevel[] = ['LOW', 'MODERATE', 'HIGH', 'CRITICAL'];

export const ClientScope = { DIRECT: 'DIRECT', PRACTICE: 'PRACTICE' } as const;
export type ClientScope = (typeof ClientScope)[keyof typeof ClientScope];

export const SessionStatus = {
  SCHEDULED: 'SCHEDULED',
  COMPLETED: 'COMPLETED',
  NO_SHOW: 'NO_SHOW',
  CANCELLED: 'CANCELLED',
} as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];

export const NoteStatus = {
  NONE: 'NONE',
  PENDING: 'PENDING',
  SIGNED: 'SIGNED',
  COSIGN_REQUIRED: 'COSIGN_REQUIRED',
} as const;
export type NoteStatus = (typeof NoteStatus)[keyof typeof NoteStatus];

/** Notes that still need someone's signature count as pending work. */
export const pendingNoteStatuses: readonly NoteStatus[] = ['PENDING', 'COSIGN_REQUIRED'];

export const RelationshipType = {
  PARENT: 'PARENT',
  GUARDIAN: 'GUARDIAN',
  SPOUSE: 'SPOUSE',
  PARTNER: 'PARTNER',
  SIBLING: 'SIBLING',
  CHILD: 'CHILD',
  FRIEND: 'FRIEND',
  CASE_MANAGER: 'CASE_MANAGER',
  OTHER: 'OTHER',
} as const;
export type RelationshipType = (typeof RelationshipType)[keyof typeof RelationshipType];

export const InvitationStatus = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  REVOKED: 'REVOKED',
  SUPERSEDED: 'SUPERSEDED',
} as const;
export type InvitationStatus = (typeof InvitationStatus)[keyof typeof InvitationStatus];

export const MailStatus = { QUEUED: 'QUEUED', SENT: 'SENT', FAILED: 'FAILED' } as const;
export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

export const Weekday = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];

/** A weekly time window in the member's (or client's) timezone, minutes after midnight. */
export interface WeeklySlot {
  day: Weekday;
  startMinute: number;
  endMinute: number;
}

/** Kinds that see clients and count against a plan's practitioner limit (students excepted). */
export const practitionerKinds: readonly StaffKind[] = ['THERAPIST', 'STUDENT_THERAPIST'];

export const vocabularies = {
  PracticePlan: values(PracticePlan),
  StaffKind: values(StaffKind),
  StaffStatus: values(StaffStatus),
  BillingModifier: values(BillingModifier),
  OverrideEffect: values(OverrideEffect),
  GroupKind: values(GroupKind),
  ClientStatus: values(ClientStatus),
  RiskLevel: values(RiskLevel),
  ClientScope: values(ClientScope),
  SessionStatus: values(SessionStatus),
  NoteStatus: values(NoteStatus),
  RelationshipType: values(RelationshipType),
  InvitationStatus: values(InvitationStatus),
  MailStatus: values(MailStatus),
  Weekday: values(Weekday),
};

export interface NotificationSettings {
  invitations: boolean;
  assignmentChanges: boolean;
  pendingNotesDigest: boolean;
  supervisionUpdates: boolean;
}

/** What a member receives until they change it; stored settings hold only their changes. */
export const defaultNotificationSettings: NotificationSettings = {
  invitations: true,
  assignmentChanges: true,
  pendingNotesDigest: true,
  supervisionUpdates: true,
};
