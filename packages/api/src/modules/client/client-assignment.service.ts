import { type ClientReadScope, ErrorCode, practitionerKinds } from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { SignedInContext } from '../../context/request-context';
import type { TenantScope } from '../../database/tenant-scope';
import { AppError, badUserInput, notFound } from '../../errors/app-error';
import { auditEventsInsertSql } from '../audit/audit.service';
import { staffColumnsJsonSql, staffRecordOf } from '../staff/staff.service';
import { StaffMember } from '../staff/staff-member.entity';
import { Client } from './client.entity';
import { findVisibleClient, findVisibleClientWith } from './client.service';
import type { ClientType } from './client.types';
import { ClientAssignment } from './client-assignment.entity';
import type {
  BulkReassignClientsArgs,
  ClientAssignmentChangeType,
  ReassignClientArgs,
} from './client-assignment.types';
import { applyClientReadScope } from './client-read-scope';

/** At most this many clients per bulk reassignment: the statement that moves them must stay short. */
export const BULK_REASSIGN_LIMIT = 500;

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw badUserInput('reason', 'Say why the client changes therapist.');
  return trimmed;
}

const NOT_A_TARGET = 'Reassign only to an active therapist of this practice.';

/**
 * Whether `member` may take clients: an ACTIVE practitioner (ON_HOLD members take no new
 * clients). `kinds` is the parameter that holds `practitionerKinds`.
 */
function isTargetSql(member: string, kinds = ':practitionerKinds'): string {
  return `${member}.status = 'ACTIVE' AND ${member}.kind = ANY(${kinds})`;
}

/** The target of a single reassignment, as a column of the client's read: JSON, or null. */
function targetColumnSql(scope: TenantScope): string {
  return `(SELECT ${staffColumnsJsonSql(scope.manager.connection, 'target')} FROM staff_member target
            WHERE target."practiceId" = client."practiceId" AND target.id = :targetId
              AND ${isTargetSql('target')})`;
}

/**
 * A new client's therapist must be a member of the practice who may take clients (`isTargetSql`),
 * locked: a removal of the target (which locks it for update) waits, or goes first.
 */
export async function requireTarget(
  scope: TenantScope,
  therapistId: string,
  field: string,
): Promise<void> {
  const target = isUUID(therapistId)
    ? await scope
        .select(StaffMember, 'member')
        .andWhere('member.id = :therapistId', { therapistId })
        .andWhere(isTargetSql('member'), { practitionerKinds })
        .setLock('pessimistic_read')
        .getOne()
    : null;
  if (!target) throw badUserInput(field, NOT_A_TARGET);
}

/** A bulk's clients as the caller may see them, and which of its targets may take clients. */
interface BulkRead {
  clients: Map<string, Pick<Client, 'id' | 'therapistId' | 'version'>>;
  targetIds: Set<string>;
}

/**
 * Reads a bulk's clients (those the caller may not see are left out, as missing ones are) and
 * its valid targets in one statement, without locks: the move checks both again.
 */
async function readBulk(
  scope: TenantScope,
  readScope: ClientReadScope,
  clientIds: readonly string[],
  targetIds: readonly string[],
): Promise<BulkRead> {
  const query = scope
    .select(Client, 'client')
    .select('client.id', 'id')
    .addSelect('client.therapistId', 'therapistId')
    .addSelect('client.version', 'version')
    // Uncorrelated: PostgreSQL reads the targets once, not once a client.
    .addSelect(
      `ARRAY(SELECT target.id FROM staff_member target
              WHERE target."practiceId" = :targetPracticeId AND target.id = ANY(:targetIds)
                AND ${isTargetSql('target')})::text[]`,
      'targetIds',
    )
    // Joined to the ids, not `client.id = ANY(:ids)`: for that, a generic plan takes the practice
    // for a selective condition and ANDs its whole index in (25 ms instead of 1 for 50 clients).
    .innerJoin('(SELECT unnest(CAST(:ids AS uuid[])) AS id)', 'wanted', 'wanted.id = client.id', {
      ids: clientIds,
    })
    .setParameters({
      targetPracticeId: scope.practiceId,
      targetIds: targetIds.filter((id) => isUUID(id)),
      practitionerKinds,
    });
  applyClientReadScope(query, readScope);
  const rows = await query.getRawMany<{
    id: string;
    therapistId: string | null;
    version: number;
    targetIds: string[];
  }>();
  return {
    clients: new Map(
      rows.map(({ id, therapistId, version }) => [id, { id, therapistId, version }]),
    ),
    targetIds: new Set(rows[0]?.targetIds),
  };
}

/** A client as the caller last read it, and the therapist it goes to. */
export interface ClientMove {
  client: Pick<Client, 'id' | 'therapistId' | 'version'>;
  toTherapistId: string;
}

/** A single client moves on its own row's checks: its version (in the update) and its target. */
const oneClientMoves = { cte: '', condition: `move."toTherapistId" IN (SELECT id FROM target)` };

/**
 * Several clients move together: only when every one is still at its version (locked first, in
 * id order, so that two moves of the same clients queue instead of deadlocking) and every target
 * may still take clients.
 */
const clientsMoveTogether = {
  cte: `, unchanged AS (
       SELECT client.id FROM client JOIN move ON move.id = client.id
        WHERE client."practiceId" = $1 AND client.version = move.version
        ORDER BY client.id
          FOR UPDATE OF client
     )`,
  condition: `(SELECT count(*) FROM unchanged) = cardinality($2::uuid[])
          AND (SELECT count(*) FROM target) = (SELECT count(DISTINCT id) FROM unnest($4::uuid[]) id)`,
};

/**
 * Moves clients, each with its history row and audit event, in one statement however many, and
 * all of them or none: every client must still be at the version read and every target must
 * still take clients (locked against removal until the statement's transaction ends), so nothing
 * half-done is written when something changed since the caller read. Answers how many moved,
 * and how many of the targets could take clients.
 */
async function moveClients(
  scope: TenantScope,
  ctx: SignedInContext,
  moves: readonly ClientMove[],
  reason: string,
): Promise<{ moved: number; targets: number }> {
  if (!moves.length) return { moved: 0, targets: 0 };
  const params: unknown[] = [
    scope.practiceId,
    moves.map(({ client }) => client.id),
    moves.map(({ client }) => client.therapistId),
    moves.map(({ toTherapistId }) => toTherapistId),
    moves.map(({ client }) => client.version),
    ctx.viewer.staffMemberId,
    reason,
    practitionerKinds,
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
    'moved',
  );
  const together = moves.length === 1 ? oneClientMoves : clientsMoveTogether;
  const [counts]: Array<{ moved: number; targets: number }> = await scope.manager.query(
    `WITH move AS (
       SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[])
         AS m(id, "fromTherapistId", "toTherapistId", version)
     ), target AS (
       SELECT target.id FROM staff_member target
        WHERE target."practiceId" = $1 AND target.id = ANY($4::uuid[])
          AND ${isTargetSql('target', '$8::staff_kind[]')}
          FOR SHARE
     )${together.cte}, moved AS (
       UPDATE client SET "therapistId" = move."toTherapistId", version = client.version + 1,
              "updatedAt" = CURRENT_TIMESTAMP
         FROM move
        WHERE client."practiceId" = $1 AND client.id = move.id AND client.version = move.version
          AND ${together.condition}
       RETURNING client.id
     ), history AS (
       INSERT INTO client_assignment ("practiceId", "clientId", "fromTherapistId", "toTherapistId",
              "changedById", reason)
       SELECT $1, move.id, move."fromTherapistId", move."toTherapistId", $6, $7
         FROM move WHERE move.id IN (SELECT id FROM moved)
     ), audit AS (
       ${audit}
     )
     SELECT (SELECT count(*) FROM moved)::int AS moved, (SELECT count(*) FROM target)::int AS targets`,
    params,
  );
  return counts as { moved: number; targets: number };
}

/**
 * For callers that hold the clients' and targets' locks in their transaction: every client moves,
 * or the transaction is refused (it cannot happen while the locks hold; it must not pass silently).
 */
export async function moveLockedClients(
  scope: TenantScope,
  ctx: SignedInContext,
  moves: readonly ClientMove[],
  reason: string,
): Promise<void> {
  const { moved } = await moveClients(scope, ctx, moves, reason);
  if (moved !== moves.length) {
    throw new AppError(ErrorCode.CONFLICT, 'The clients changed while they moved. Try again.');
  }
}

function conflict(currentVersion: number): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    'Someone else changed this client since you opened it. Reload and try again.',
    { field: 'expectedVersion', currentVersion },
  );
}

/**
 * Gives one client another therapist; past sessions stay with whoever held them. No
 * transaction: the client and its target are read and checked, then moved by one statement
 * that moves nothing if either changed since.
 */
export async function reassignClient(
  ctx: SignedInContext,
  args: ReassignClientArgs,
): Promise<ClientType> {
  const reason = requireReason(args.reason);
  if (!isUUID(args.clientId)) throw badUserInput('clientId', 'Not a client id.');
  const { scope, clientReadScope } = ctx.viewer;
  // The target is read in the client's statement, null for an id that names no target.
  const { client, raw } = await findVisibleClientWith<{ target: Record<string, unknown> | null }>(
    scope,
    clientReadScope,
    args.clientId,
    ctx.now,
    { target: targetColumnSql(scope) },
    {
      targetId: isUUID(args.toTherapistId) ? args.toTherapistId : null,
      practitionerKinds,
    },
  );
  if (client.version !== args.expectedVersion) throw conflict(client.version);
  if (client.therapistId === args.toTherapistId) {
    throw badUserInput('toTherapistId', 'The client already has this therapist.');
  }
  if (!raw.target) throw badUserInput('toTherapistId', NOT_A_TARGET);
  const { moved, targets } = await moveClients(
    scope,
    ctx,
    [{ client, toTherapistId: args.toTherapistId }],
    reason,
  );
  if (!moved) {
    // Changed in between: the target left, or someone else changed the client.
    if (!targets) throw badUserInput('toTherapistId', NOT_A_TARGET);
    throw conflict((await findVisibleClient(scope, clientReadScope, client.id, ctx.now)).version);
  }
  // The answer's therapist by name is the member just read: no statement to read them again.
  ctx.viewer.loaders.rememberStaff(staffRecordOf(scope.manager.connection, raw.target));
  // A reassignment changes no session: the client read, moved, is the client as it now stands.
  return { ...client, therapistId: args.toTherapistId, version: client.version + 1 };
}

/** How often a bulk reassignment reads and moves again when its clients changed in between. */
const BULK_ATTEMPTS = 3;

/**
 * All or nothing: every client moves, with its history and audit event, or none does. No
 * transaction: the clients and targets are read, then moved by one statement that moves nothing
 * if any of them changed since; then they are read and moved again, a few times at most. Three
 * statements however many clients.
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
  const malformed = clientIds.findIndex((id) => !isUUID(id));
  if (malformed >= 0) throw badUserInput(`assignments[${malformed}].clientId`, 'Not a client id.');
  const duplicate = clientIds.findIndex((id, index) => clientIds.indexOf(id) !== index);
  if (duplicate >= 0) {
    throw badUserInput(`assignments[${duplicate}].clientId`, 'Each client may appear once.');
  }
  const { scope, clientReadScope } = ctx.viewer;
  const targetIds = args.assignments.map((assignment) => assignment.toTherapistId);
  for (let attempt = 1; ; attempt += 1) {
    const { clients, targetIds: validTargetIds } = await readBulk(
      scope,
      clientReadScope,
      clientIds,
      targetIds,
    );
    if (clients.size < clientIds.length) throw notFound('Client');
    const invalid = targetIds.findIndex((id) => !validTargetIds.has(id));
    if (invalid >= 0) throw badUserInput(`assignments[${invalid}].toTherapistId`, NOT_A_TARGET);
    const moves = args.assignments
      .map(({ clientId, toTherapistId }) => ({
        client: clients.get(clientId) as ClientMove['client'],
        toTherapistId,
      }))
      .filter(({ client, toTherapistId }) => client.therapistId !== toTherapistId);
    const { moved } = await moveClients(scope, ctx, moves, reason);
    if (moved === moves.length) return moved;
    if (attempt === BULK_ATTEMPTS) {
      throw new AppError(
        ErrorCode.CONFLICT,
        'These clients keep changing while they move. Reload and try again.',
      );
    }
  }
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
