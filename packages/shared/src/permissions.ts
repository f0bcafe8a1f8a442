/**
 * The fixed catalogue of permission keys. Roles and overrides may only name these keys;
 * the database stores them as text and the API validates every write against this list.
 */
export const permissionGroups = {
  staff: 'Staff',
  access: 'Roles and access',
  clients: 'Clients',
  clinical: 'Clinical notes',
  scheduling: 'Scheduling',
  billing: 'Billing',
  contacts: 'Contacts',
  practice: 'Practice',
} as const;

export type PermissionGroup = keyof typeof permissionGroups;

interface PermissionDefinition {
  group: PermissionGroup;
  description: string;
  /** Writes are never granted to a member who is not ACTIVE, whatever their roles say. */
  write: boolean;
}

export const permissionCatalog = {
  'staff.view': { group: 'staff', write: false, description: 'See the staff roster and profiles.' },
  'staff.invite': {
    group: 'staff',
    write: true,
    description: 'Invite new staff members and resend or revoke invitations.',
  },
  'staff.edit': { group: 'staff', write: true, description: "Edit staff members' profiles." },
  'staff.status': {
    group: 'staff',
    write: true,
    description: 'Put staff members on hold, deactivate and reactivate them.',
  },
  'staff.remove': {
    group: 'staff',
    write: true,
    description: 'Remove staff members from the practice (their data is kept).',
  },
  'roles.manage': {
    group: 'access',
    write: true,
    description: 'Create, edit and archive roles, and assign roles to staff members.',
  },
  'permissions.override': {
    group: 'access',
    write: true,
    description: 'Grant or deny single permissions to one staff member.',
  },
  'clients.view.own': {
    group: 'clients',
    write: false,
    description: 'See the clients on my own caseload.',
  },
  'clients.view.all': {
    group: 'clients',
    write: false,
    description: 'See every client of the practice.',
  },
  'clients.create': { group: 'clients', write: true, description: 'Add new clients.' },
  'clients.edit': {
    group: 'clients',
    write: true,
    description: 'Edit the details of clients I can see and discharge them.',
  },
  'clients.reassign': {
    group: 'clients',
    write: true,
    description: 'Move clients from one therapist to another.',
  },
  'caseload.supervise': {
    group: 'clients',
    write: false,
    description: "See my supervisees' caseloads (when my role can supervise).",
  },
  'notes.view': {
    group: 'clinical',
    write: false,
    description: 'Read clinical notes of clients I can see.',
  },
  'notes.write': {
    group: 'clinical',
    write: true,
    description: 'Write and sign clinical notes.',
  },
  'notes.cosign': {
    group: 'clinical',
    write: true,
    description: 'Co-sign notes of the members I supervise.',
  },
  'scheduling.view': { group: 'scheduling', write: false, description: 'See the schedule.' },
  'scheduling.manage': {
    group: 'scheduling',
    write: true,
    description: 'Book, move and cancel sessions.',
  },
  'billing.view': { group: 'billing', write: false, description: 'See billing and invoices.' },
  'billing.manage': {
    group: 'billing',
    write: true,
    description: 'Create invoices and record payments.',
  },
  'contacts.view.assigned': {
    group: 'contacts',
    write: false,
    description: 'See the contacts assigned to me.',
  },
  'contacts.view.all': {
    group: 'contacts',
    write: false,
    description: 'See every contact of the practice.',
  },
  'contacts.manage': {
    group: 'contacts',
    write: true,
    description: 'Add and edit contacts and client relationships.',
  },
  'audit.view': { group: 'practice', write: false, description: 'Read the activity log.' },
  'practice.settings': {
    group: 'practice',
    write: true,
    description: "Change the practice's settings.",
  },
} as const satisfies Record<string, PermissionDefinition>;

export type Permission = keyof typeof permissionCatalog;

export const allPermissions = Object.keys(permissionCatalog) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(permissionCatalog, value);
}
