import type { BillingModifier } from './domain';
import { allPermissions, type Permission } from './permissions';

export interface RoleTemplate {
  key: string;
  name: string;
  description: string;
  permissions: readonly Permission[];
  requiresSupervision: boolean;
  canSupervise: boolean;
  billingModifier: BillingModifier | null;
}

const clinicianPermissions: readonly Permission[] = [
  'staff.view',
  'clients.view.own',
  'notes.view',
  'notes.write',
  'scheduling.view',
  'contacts.view.assigned',
];

/**
 * The editable roles every new practice starts with. `key` identifies the template a role came
 * from (the Owner template is what the last-owner rule protects); the name is the practice's to change.
 */
export const roleTemplates: readonly RoleTemplate[] = [
  {
    key: 'owner',
    name: 'Owner',
    description: 'Runs the practice: every permission.',
    permissions: allPermissions,
    requiresSupervision: false,
    canSupervise: false,
    billingModifier: null,
  },
  {
    key: 'manager',
    name: 'Manager',
    description: 'Manages staff, roles and clients; no clinical notes.',
    permissions: allPermissions.filter(
      (permission) => !permission.startsWith('notes.') && permission !== 'practice.settings',
    ),
    requiresSupervision: false,
    canSupervise: false,
    billingModifier: null,
  },
  {
    key: 'therapist',
    name: 'Therapist',
    description: 'Sees their own caseload and writes notes.',
    permissions: clinicianPermissions,
    requiresSupervision: false,
    canSupervise: false,
    billingModifier: null,
  },
  {
    key: 'front-office',
    name: 'Front Office',
    description: 'Schedules sessions and manages contacts; no clinical notes.',
    permissions: [
      'staff.view',
      'clients.view.all',
      'clients.create',
      'clients.edit',
      'scheduling.view',
      'scheduling.manage',
      'billing.view',
      'contacts.view.all',
      'contacts.manage',
    ],
    requiresSupervision: false,
    canSupervise: false,
    billingModifier: null,
  },
  {
    key: 'records-custodian',
    name: 'Records Custodian',
    description: 'Reads every record for release of information; changes nothing.',
    permissions: [
      'staff.view',
      'clients.view.all',
      'notes.view',
      'scheduling.view',
      'contacts.view.all',
      'audit.view',
    ],
    requiresSupervision: false,
    canSupervise: false,
    billingModifier: null,
  },
  {
    key: 'intern',
    name: 'Intern',
    description: 'A student practitioner: own caseload, notes need a co-signature.',
    permissions: clinicianPermissions,
    requiresSupervision: true,
    canSupervise: false,
    billingModifier: 'HO',
  },
  {
    key: 'associate',
    name: 'Associate',
    description: 'A pre-licensed therapist working under supervision.',
    permissions: clinicianPermissions,
    requiresSupervision: true,
    canSupervise: false,
    billingModifier: 'HN',
  },
  {
    key: 'licensed-therapist',
    name: 'Licensed Therapist',
    description: 'A fully licensed therapist.',
    permissions: [...clinicianPermissions, 'scheduling.manage'],
    requiresSupervision: false,
    canSupervise: false,
    billingModifier: 'HP',
  },
  {
    key: 'supervisor',
    name: 'Supervisor',
    description: 'Supervises interns and associates: sees their caseloads and co-signs notes.',
    permissions: [...clinicianPermissions, 'caseload.supervise', 'notes.cosign'],
    requiresSupervision: false,
    canSupervise: true,
    billingModifier: 'HP',
  },
];

export const OWNER_ROLE_KEY = 'owner';
