import type { StaffStatus } from '../domain';
import { statusReach, type Viewer } from './viewer';

export interface ContactFacts {
  /** The practitioner the contact is assigned to for access control (seed 004), if any. */
  assignedStaffMemberId: string | null;
}

/** Which contacts a viewer reads, for the data layer's list filter. */
export interface ContactReadScope {
  /** `contacts.view.all`, ACTIVE only. */
  allContacts: boolean;
  /** The viewer's own id with `contacts.view.assigned` (ACTIVE or ON_HOLD), else null. */
  assignedTo: string | null;
}

export function contactReadScope(viewer: Viewer): ContactReadScope {
  const reach = statusReach(viewer.status);
  return {
    allContacts: reach === 'ALL' && viewer.permissions.has('contacts.view.all'),
    assignedTo:
      reach !== 'NONE' && viewer.permissions.has('contacts.view.assigned')
        ? viewer.staffMemberId
        : null,
  };
}

export type ContactAccessReason = { kind: 'ALL_CONTACTS' } | { kind: 'ASSIGNED_TO_ME' };

export type ContactAccessRefusal =
  | { kind: 'STATUS'; status: StaffStatus }
  | { kind: 'NO_PERMISSION'; permission: 'contacts.view.assigned' }
  | { kind: 'NOT_ASSIGNED_TO_ME' };

export type ContactAccessDecision =
  | { visible: true; reasons: ContactAccessReason[] }
  | { visible: false; reasons: []; refusal: ContactAccessRefusal };

/**
 * `contacts.view.all` sees every contact; with only `contacts.view.assigned`, a practitioner sees
 * the contacts assigned to them (seed 004: "limited permissions will only see contacts assigned").
 */
export function explainContactAccess(viewer: Viewer, contact: ContactFacts): ContactAccessDecision {
  if (statusReach(viewer.status) === 'NONE') {
    return { visible: false, reasons: [], refusal: { kind: 'STATUS', status: viewer.status } };
  }
  const scope = contactReadScope(viewer);
  const reasons: ContactAccessReason[] = [];
  if (scope.allContacts) reasons.push({ kind: 'ALL_CONTACTS' });
  if (scope.assignedTo !== null && contact.assignedStaffMemberId === scope.assignedTo) {
    reasons.push({ kind: 'ASSIGNED_TO_ME' });
  }
  if (reasons.length > 0) return { visible: true, reasons };

  const refusal: ContactAccessRefusal =
    scope.assignedTo === null
      ? { kind: 'NO_PERMISSION', permission: 'contacts.view.assigned' }
      : { kind: 'NOT_ASSIGNED_TO_ME' };
  return { visible: false, reasons: [], refusal };
}
