import type { Viewer as AccessViewer } from '@caseload/shared';
import DataLoader from 'dataloader';
import type { TenantScope } from '../database/tenant-scope';
import { readCaseloads } from '../modules/client/client.service';
import type { CaseloadParts } from '../modules/client/client.types';
import { assignmentHistories } from '../modules/client/client-assignment.service';
import type { ClientAssignmentChangeType } from '../modules/client/client-assignment.types';
import { relationshipsOfClients } from '../modules/contact/contact.service';
import type { ClientRelationshipType } from '../modules/contact/contact.types';
import { findStaffByIds, type StaffRecord } from '../modules/staff/staff.service';

/** Per-request batching, so a list's nested fields cost one statement per field, not per row. */
export interface RequestLoaders {
  staffById: DataLoader<string, StaffRecord | null>;
  /** Every caseload a request reads (a supervisor's several supervisees) in one statement. */
  caseloadByTherapistId: DataLoader<string, CaseloadParts>;
  assignmentHistoryByClientId: DataLoader<string, ClientAssignmentChangeType[]>;
  relationshipsByClientId: DataLoader<string, ClientRelationshipType[]>;
}

export function createRequestLoaders(
  scope: TenantScope,
  viewer: AccessViewer,
  now: Date,
): RequestLoaders {
  return {
    staffById: new DataLoader(async (ids) => {
      const records = new Map(
        (await findStaffByIds(scope, ids)).map((record) => [record.id, record]),
      );
      return ids.map((id) => records.get(id) ?? null);
    }),
    caseloadByTherapistId: new DataLoader(async (therapistIds) => {
      const caseloads = await readCaseloads(scope, therapistIds, now);
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
