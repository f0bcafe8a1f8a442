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
   * Every caseload a request reads (a supervisor's several supervisees) in one statement, which
   * also fills `staffById` with their clients' therapists (columns only).
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
  return {
    staffById,
    caseloadByTherapistId: new DataLoader(async (therapistIds) => {
      const { caseloads, therapists } = await readCaseloads(scope, therapistIds, now);
      for (const therapist of therapists) {
        staffById.prime({ id: therapist.id, fields: [] }, therapist);
      }
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
