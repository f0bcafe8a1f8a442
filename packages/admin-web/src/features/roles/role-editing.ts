import { type BillingModifier, OWNER_ROLE_KEY } from '@caseload/shared';
import type { RoleFieldsFragment, RoleInput } from '../../gql/graphql';

/**
 * The pure part of the roles page: grouping the catalogue, what a role editor holds, what a save
 * would change, and why a checkbox cannot be ticked. Kept apart from React so it is unit-tested.
 */

/** One key of the permission catalogue, as `permissionCatalog` answers it. */
export interface CatalogEntry {
  key: string;
  group: string;
  description: string;
  write: boolean;
}

export interface Grouped<T> {
  group: string;
  items: T[];
}

/** Items under their group, groups in the order they first appear (the catalogue's order). */
export function groupByGroup<T extends { group: string }>(items: readonly T[]): Grouped<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const members = groups.get(item.group);
    if (members) {
      members.push(item);
    } else {
      groups.set(item.group, [item]);
    }
  }
  return [...groups].map(([group, groupItems]) => ({ group, items: groupItems }));
}

export interface PermissionDiff {
  added: string[];
  removed: string[];
}

/** Keys in `after` and not in `before` (added), and the other way round (removed). */
export function permissionDiff(
  before: readonly string[],
  after: readonly string[],
): PermissionDiff {
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  return {
    added: after.filter((key) => !beforeSet.has(key)),
    removed: before.filter((key) => !afterSet.has(key)),
  };
}

/** The keys with `key` ticked or not, in catalogue order so diffs and requests read the same. */
export function withPermission(
  permissions: readonly string[],
  key: string,
  held: boolean,
  catalogOrder: readonly string[],
): string[] {
  const next = new Set(permissions);
  if (held) {
    next.add(key);
  } else {
    next.delete(key);
  }
  return catalogOrder.filter((catalogKey) => next.has(catalogKey));
}

/** What the role editor holds while someone edits. */
export interface RoleDraft {
  name: string;
  description: string;
  permissions: string[];
  requiresSupervision: boolean;
  canSupervise: boolean;
  billingModifier: BillingModifier | null;
}

export const emptyRoleDraft: RoleDraft = {
  name: '',
  description: '',
  permissions: [],
  requiresSupervision: false,
  canSupervise: false,
  billingModifier: null,
};

type EditableRole = Pick<
  RoleFieldsFragment,
  | 'name'
  | 'description'
  | 'permissions'
  | 'requiresSupervision'
  | 'canSupervise'
  | 'billingModifier'
>;

export function draftFromRole(role: EditableRole): RoleDraft {
  return {
    name: role.name,
    description: role.description,
    permissions: [...role.permissions],
    requiresSupervision: role.requiresSupervision,
    canSupervise: role.canSupervise,
    billingModifier: role.billingModifier ?? null,
  };
}

export function draftToInput(draft: RoleDraft): RoleInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    permissions: draft.permissions,
    requiresSupervision: draft.requiresSupervision,
    canSupervise: draft.canSupervise,
    billingModifier: draft.billingModifier,
  };
}

export const billingModifierLabels: Record<BillingModifier, string> = {
  HO: 'HO — master’s level',
  HN: 'HN — bachelor’s level',
  HP: 'HP — doctoral level',
};

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Everything a save would change besides permissions, as sentences for the review step. */
export function settingChanges(role: EditableRole, draft: RoleDraft): string[] {
  const changes: string[] = [];
  const input = draftToInput(draft);
  if (input.name !== role.name) {
    changes.push(`Name: “${role.name}” → “${input.name}”`);
  }
  if (input.description !== role.description) {
    changes.push(input.description ? 'Description changed' : 'Description removed');
  }
  if (draft.requiresSupervision !== role.requiresSupervision) {
    changes.push(
      `Requires supervision: ${yesNo(role.requiresSupervision)} → ${yesNo(draft.requiresSupervision)}`,
    );
  }
  if (draft.canSupervise !== role.canSupervise) {
    changes.push(`Can supervise: ${yesNo(role.canSupervise)} → ${yesNo(draft.canSupervise)}`);
  }
  if ((role.billingModifier ?? null) !== draft.billingModifier) {
    changes.push(
      `Billing modifier: ${role.billingModifier ?? 'none'} → ${draft.billingModifier ?? 'none'}`,
    );
  }
  return changes;
}

export function isOwnerRole(role: { templateKey?: string | null }): boolean {
  return role.templateKey === OWNER_ROLE_KEY;
}

export const ownerLockReason =
  'The Owner role always holds every permission, so the practice can never lock itself out.';

export const notHeldReason = "You don't hold this permission";

/**
 * Why a permission checkbox cannot be changed, or null when it can. Nobody may give or take away a
 * permission they do not hold themselves (the API refuses), and the Owner role holds every key.
 */
export function permissionLockReason(
  key: string,
  options: { viewerPermissions: readonly string[]; ownerRole: boolean; canManage: boolean },
): string | null {
  if (!options.canManage) {
    return 'Changing roles needs the roles.manage permission';
  }
  if (options.ownerRole) {
    return ownerLockReason;
  }
  if (!options.viewerPermissions.includes(key)) {
    return notHeldReason;
  }
  return null;
}

/** A member's change in a preview, without the ones the change leaves untouched. */
export interface MemberChange {
  staffMember: { id: string; displayName: string };
  gained: readonly string[];
  lost: readonly string[];
  statusAfter: string;
}

/** Members the change touches, by name. */
export function affectedMembers<T extends MemberChange>(changes: readonly T[]): T[] {
  return changes
    .filter((change) => change.gained.length > 0 || change.lost.length > 0)
    .sort((a, b) => a.staffMember.displayName.localeCompare(b.staffMember.displayName));
}

export function memberCountLabel(count: number): string {
  return count === 1 ? '1 member' : `${count} members`;
}
