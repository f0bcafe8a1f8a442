import type { Viewer as AccessViewer } from '@caseload/shared';
import DataLoader from 'dataloader';
import type { TenantScope } from '../database/tenant-scope';
import { readCaseloads } from '../modules/client/client.service';
import type { CaseloadParts } from '../modules/client/client.types';
import { assignmentHistories } from '../modules/client/client-assignment.service';
import type { ClientAssignmentChangeType } from '../modules/client/client-assignment.types';
import { relationshipsOfClients } from '../modules/contact/contact.service';
import type { ClientRelationshipType } from '../modules/contact/contact.types';
import {
  readStaffLoads,
  type StaffLoad,
  type StaffRecord,
  staffLoadKey,
} from '../modules/staff/staff.service';

/** Per-request batching, so a list's nested fields cost one statement per field, not per row. */
export interface RequestLoaders {
  /** Members by id, each read with the computed fields asked of it. */
  staffById: DataLoader<StaffLoad, StaffRecord | null, string>;
  /**
   * Members the request has already read without figures (a caseload's therapists, a
   * reassignment's target), also in `staffById`: a field that asks no figures of them answers
   * at once, without a promise for each row of a long list.
   */
  staffRead: ReadonlyMap<string, StaffRecord>;
  /** Keeps a member read without figures, for `staffRead` and `staffById`. */
  rememberStaff(record: StaffRecord): void;
  /**
   * Every caseload a request reads (a supervisor's several supervisees) in one statement, which
   * also remembers their clients' therapists (columns only).
   */
  caseloadByTherapistId: DataLoader<string, CaseloadParts>;
  assignmentHistoryByClientId: DataLoader<string, ClientAssignmentChangeType[]>;
  relationshipsByClientId: DataLoader<string, ClientRelationshipType[]>;
}

export function createRequestLoaders(
  scope: TenantScope,
  viewer: AccessViewer,
  now: Date,
): RequestLoaders {
  const staffById = new DataLoader<StaffLoad, StaffRecord | null, string>(
    (loads) => readStaffLoads(scope, loads),
    { cacheKeyFn: staffLoadKey },
  );
  const staffRead = new Map<string, StaffRecord>();
  const rememberStaff = (record: StaffRecord) => {
    staffRead.set(record.id, record);
    staffById.prime({ id: record.id, fields: [] }, record);
  };
  return {
    staffById,
    staffRead,
    rememberStaff,
    caseloadByTherapistId: new DataLoader(async (therapistIds) => {
      const { caseloads, therapists } = await readCaseloads(scope, therapistIds, now);
      for (const therapist of therapists) rememberStaff(therapist);
      return therapistIds.map((id) => caseloads.get(id) as CaseloadParts);
    }),
    assignmentHistoryByClientId: new DataLoader((clientIds) =>
      assignmentHistories(scope, clientIds),
    ),
    relationshipsByClientId: new DataLoader((clientIds) =>
      relationshipsOfClients(scope, viewer, clientIds),
    ),
  };
}
