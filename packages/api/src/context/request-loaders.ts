import type { Viewer as AccessViewer } from '@caseload/shared';
import DataLoader from 'dataloader';
import type { TenantScope } from '../database/tenant-scope';
import {
  allOptionalClientFields,
  caseloadsPerStatement,
  type OptionalClientField,
  readCaseloads,
} from '../modules/client/client.service';
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

/** A therapist's caseload, its clients read with the optional fields the query selects. */
export interface CaseloadLoad {
  therapistId: string;
  fields: readonly OptionalClientField[];
}

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
   * Every caseload a request reads (a supervisor's several supervisees) in one statement (one for
   * each `caseloadsPerStatement` of them), with every optional client field any of them asks,
   * which also remembers their clients' therapists (columns only).
   */
  caseloads: DataLoader<CaseloadLoad, CaseloadParts, string>;
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
    caseloads: new DataLoader(
      async (loads) => {
        const { caseloads, therapists } = await readCaseloads(
          scope,
          [...new Set(loads.map((load) => load.therapistId))],
          now,
          allOptionalClientFields.filter((field) =>
            loads.some((load) => load.fields.includes(field)),
          ),
        );
        for (const therapist of therapists) rememberStaff(therapist);
        return loads.map((load) => caseloads.get(load.therapistId) as CaseloadParts);
      },
      {
        cacheKeyFn: (load) => `${load.therapistId} ${load.fields.join(' ')}`,
        maxBatchSize: caseloadsPerStatement,
      },
    ),
    assignmentHistoryByClientId: new DataLoader((clientIds) =>
      assignmentHistories(scope, clientIds),
    ),
    relationshipsByClientId: new DataLoader((clientIds) =>
      relationshipsOfClients(scope, viewer, clientIds),
    ),
  };
}
