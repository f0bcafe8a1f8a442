import type { StaffStatus } from '../domain';
import type { Permission } from '../permissions';

/** The signed-in member an object-level decision is made for. */
export interface Viewer {
  staffMemberId: string;
  status: StaffStatus;
  /** Their effective permissions (`effectivePermissions`), not their roles' raw keys. */
  permissions: ReadonlySet<Permission>;
}

/**
 * How far a status lets permissions reach: ACTIVE as far as they say, ON_HOLD only to the member's
 * own records (read-only), any other status nowhere. Effective permissions already encode this;
 * object-level rules check it again so a caller that passes raw role keys cannot widen access.
 */
export type StatusReach = 'ALL' | 'OWN' | 'NONE';

export function statusReach(status: StaffStatus): StatusReach {
  if (status === 'ACTIVE') return 'ALL';
  if (status === 'ON_HOLD') return 'OWN';
  return 'NONE';
}
