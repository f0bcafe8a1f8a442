import { type ClientReadScope, ErrorCode, practitionerKinds } from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { SignedInContext } from '../../context/request-context';
import type { TenantScope } from '../../database/tenant-scope';
import { AppError, badUserInput, notFound } from '../../errors/app-error';
import { auditEventsInsertSql } from '../audit/audit.service';
import { staffColumnsJsonSql, staffRecordOf } from '../staff/staff.service';
import { StaffMember } from '../staff/staff-member.entity';
import { Client } from './client.entity';
import { lockVisibleClient } from './client.service';
import type { ClientType } from './client.types';
import { ClientAssignment } from './client-assignment.entity';
import type {
  BulkReassignClientsArgs,
  ClientAssignmentChangeType,
  ReassignClientArgs,
} from './client-assignment.types';
import { applyClientReadScope } from './client-read-scope';

/** At most this many clients per bulk reassignment: one transaction must stay short. */
export const BULK_REASSIGN_LIMIT = 500;

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw badUserInput('reason', 'Say why the client changes therapist.');
  return trimmed;
}

const NOT_A_TARGET = 'Reassign only to an active therapist of this practice.';

/**
 * Whether `member` may take clients: an ACTIVE practitioner (ON_HOLD members take no new
 * clients). Needs the parameter `practitionerKinds`.
 */
function isTargetSql(member: string): string {
  return `${member}.status = 'ACTIVE' AND ${member}.kind IN (:...practitionerKinds)`;
}

/**
 * The target of a single reassignment, as a column of the client's locked read: the member as
 * JSON, or null. Locked as `requireTargets` locks.
 */
function lockedTargetSql(scope: TenantScope): string {
  return `(SELECT ${staffColumnsJsonSql(scope.manager.connection, 'target')} FROM staff_member target
            WHERE target."practiceId" = client."practiceId" AND target.id = :targetId
              AND ${isTargetSql('target')} FOR SHARE)`;
}

/** Targets must be members of the practice who may take clients (`isTargetSql`). */
export async function requireTargets(
  scope: TenantScope,
  therapistIds: readonly string[],
  field: (index: number) => string,
): Promise<void> {
  const ids = [...new Set(therapistIds)];
  const valid = ids.every((id) => isUUID(id))
    ? await scope
        .select(StaffMember, 'member')
        .andWhere('member.id IN (:...ids)', { ids })
        .andWhere(isTargetSql('member'), { practitionerKinds })
        // Shared lock: a removal of the target (which locks it for update) waits, or goes first.
        .setLock('pessimistic_read')
        .getMany()
    : [];
  const validIds = new Set(valid.map((member) => member.id));
  const index = therapistIds.findIndex((id) => !validIds.has(id));
  if (index >= 0) {
    throw badUserInput(field(index), NOT_A_TARGET);
  }
}

/**
 * Locks the clients for the rest of the transaction (a concurrent reassignment waits, then sees
 * the new version), refusing any the caller may not see exactly as a missing one.
 */
async function lockVisibleClients(
  scope: TenantScope,
  readScope: ClientReadScope,
  clientIds: readonly string[],
  field: (index: number) => string,
): Promise<Map<string, Client>> {
  const malformed = clientIds.findIndex((id) => !isUUID(id));
  if (malformed >= 0) throw badUserInput(field(malformed), 'Not a client id.');
  const query = scope
    .select(Client, 'client')
    .andWhere('client.id IN (:...ids)', { ids: [...new Set(clientIds)] })
    .setLock('pessimistic_write');
  applyClientReadScope(query, readScope);
  const clients = new Map((await query.getMany()).map((client) => [client.id, client]));
  if (clientIds.some((id) => !clients.has(id))) throw notFound('Client');
  return clients;
}

/** A client locked for update, and the therapist it goes to. */
export interface ClientMove {
  client: Pick<Client, 'id' | 'therapistId'>;
  toTherapistId: string;
}

/**
 * Moves locked clients, each with its history row and audit event, in the caller's transaction:
 * one statement however many clients.
 */
export async function moveClients(
  scope: TenantScope,
  ctx: SignedInContext,
  moves: readonly ClientMove[],
  reason: string,
): Promise<void> {
  if (!moves.length) return;
  const params: unknown[] = [
    scope.practiceId,
    moves.map(({ client }) => client.id),
    moves.map(({ client }) => client.therapistId),
    moves.map(({ toTherapistId }) => toTherapistId),
    ctx.viewer.staffMemberId,
    reason,
  ];
  const audit = auditEventsInsertSql(
    ctx,
    moves.map(({ client, toTherapistId }) => ({
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'client.reassigned',
      targetType: 'Client',
      targetId: client.id,
      changes: {
        before: { therapistId: client.therapistId },
        after: { therapistId: toTherapistId, reason },
      },
    })),
    params,
  );
  // The clients are locked, so `version + 1` is the version after the one the caller checked.
  await scope.manager.query(
    `WITH move AS (
       SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS m(id, "fromTherapistId", "toTherapistId")
     ), moved AS (
       UPDATE client SET "therapistId" = move."toTherapistId", version = client.version + 1,
              "updatedAt" = CURRENT_TIMESTAMP
         FROM move WHERE client."practiceId" = $1 AND client.id = move.id
     ), history AS (
       INSERT INTO client_assignment ("practiceId", "clientId", "fromTherapistId", "toTherapistId",
              "changedById", reason)
       SELECT $1, move.id, move."fromTherapistId", move."toTherapistId", $5, $6 FROM move
     )
     ${audit}`,
    params,
  );
}

/**
 * Gives one client another therapist, by the path of a bulk reassignment of one; past sessions
 * stay with whoever held them.
 */
export async function reassignClient(
  ctx: SignedInContext,
  args: ReassignClientArgs,
): Promise<ClientType> {
  const reason = requireReason(args.reason);
  if (!isUUID(args.clientId)) throw badUserInput('clientId', 'Not a client id.');
  const readScope = ctx.viewer.clientReadScope;
  return ctx.viewer.scope.transaction(async (scope) => {
    // The target is read in the client's statement, null for an id that names no target.
    const { client, raw } = await lockVisibleClient<{ target: Record<string, unknown> | null }>(
      scope,
      readScope,
      args.clientId,
      ctx.now,
      { target: lockedTargetSql(scope) },
      { targetId: isUUID(args.toTherapistId) ? args.toTherapistId : null, practitionerKinds },
    );
    if (client.version !== args.expectedVersion) {
      throw new AppError(
        ErrorCode.CONFLICT,
        'Someone else changed this client since you opened it. Reload and try again.',
        { field: 'expectedVersion', currentVersion: client.version },
      );
    }
    if (client.therapistId === args.toTherapistId) {
      throw badUserInput('toTherapistId', 'The client already has this therapist.');
    }
    if (!raw.target) throw badUserInput('toTherapistId', NOT_A_TARGET);
    await moveClients(scope, ctx, [{ client, toTherapistId: args.toTherapistId }], reason);
    // The answer's therapist by name is the member just read: no statement to read them again.
    ctx.viewer.loaders.rememberStaff(staffRecordOf(scope.manager.connection, raw.target));
    // A reassignment changes no session: the locked read, moved, is the client as it now stands.
    return { ...client, therapistId: args.toTherapistId, version: client.version + 1 };
  });
}

/**
 * All or nothing: every client moves, with its history and audit event, or none does. A fixed
 * number of statements however many clients.
 */
export async function bulkReassignClients(
  ctx: SignedInContext,
  args: BulkReassignClientsArgs,
): Promise<number> {
  const reason = requireReason(args.reason);
  if (!args.assignments.length) throw badUserInput('assignments', 'Name at least one client.');
  if (args.assignments.length > BULK_REASSIGN_LIMIT) {
    throw badUserInput('assignments', `At most ${BULK_REASSIGN_LIMIT} clients at a time.`);
  }
  const clientIds = args.assignments.map((assignment) => assignment.clientId);
  const duplicate = clientIds.findIndex((id, index) => clientIds.indexOf(id) !== index);
  if (duplicate >= 0) {
    throw badUserInput(`assignments[${duplicate}].clientId`, 'Each client may appear once.');
  }
  const readScope = ctx.viewer.clientReadScope;
  return ctx.viewer.scope.transaction(async (scope) => {
    const clients = await lockVisibleClients(
      scope,
      readScope,
      clientIds,
      (index) => `assignments[${index}].clientId`,
    );
    await requireTargets(
      scope,
      args.assignments.map((assignment) => assignment.toTherapistId),
      (index) => `assignments[${index}].toTherapistId`,
    );
    const moves = args.assignments
      .map(({ clientId, toTherapistId }) => ({
        client: clients.get(clientId) as Client,
        toTherapistId,
      }))
      .filter(({ client, toTherapistId }) => client.therapistId !== toTherapistId);
    await moveClients(scope, ctx, moves, reason);
    return moves.length;
  });
}

/** Every change of the clients' therapists, oldest first, in one statement for a whole page. */
export async function assignmentHistories(
  scope: TenantScope,
  clientIds: readonly string[],
): Promise<ClientAssignmentChangeType[][]> {
  const rows = await scope
    .select(ClientAssignment, 'change')
    .andWhere('change.clientId IN (:...clientIds)', { clientIds })
    .orderBy('change.createdAt', 'ASC')
    .addOrderBy('change.id', 'ASC')
    .getMany();
  return clientIds.map((id) => rows.filter((row) => row.clientId === id));
}
