import {
  type ClientFacts,
  type ClientViewer,
  ErrorCode,
  explainClientAccess,
  explainClientCreate,
  explainClientWrite,
  type TherapistMatch,
} from '@caseload/shared';
import { isUUID } from 'class-validator';
import type { SignedInContext } from '../../context/request-context';
import type { TenantScope } from '../../database/tenant-scope';
import { AppError, badUserInput, notFound } from '../../errors/app-error';
import { recordAudit } from '../audit/audit.service';
import { Group } from '../group/group.entity';
import { Client } from './client.entity';
import { findVisibleClient } from './client.service';
import type { ClientType } from './client.types';
import { ClientAssignment } from './client-assignment.entity';
import { requireTarget } from './client-assignment.service';
import type { DischargeClientArgs, NewClientInput, UpdateClientArgs } from './client-editing.types';
import {
  type ClientColumns,
  requiredReason,
  validatedClientChanges,
  validatedNewClient,
} from './client-input';
import { rankTherapistsFor } from './client-matching.service';
import { clientViewerOf } from './client-read-scope';
import { TherapySession } from './therapy-session.entity';

const staleClient = (currentVersion: number) =>
  new AppError(
    ErrorCode.CONFLICT,
    'Someone else changed this client since you opened it. Reload and try again.',
    { field: 'expectedVersion', currentVersion },
  );

/** An unarchived LOCATION group of the practice, or BAD_USER_INPUT. */
async function requireLocation(scope: TenantScope, id: string): Promise<void> {
  const found = await scope
    .select(Group, 'grp')
    .andWhere(`grp.id = :id AND grp.kind = 'LOCATION' AND grp.archivedAt IS NULL`, { id })
    .getExists();
  if (!found) throw badUserInput('preferredLocationId', 'Choose a location of this practice.');
}

/** Why auto-match chose the therapist, for the assignment history. */
function autoMatchReason(match: TherapistMatch): string {
  return `Auto-matched at intake (score ${Math.round(match.score)} of 100)`;
}

/**
 * Adds a client, with its first assignment-history row when it has a therapist and its audit
 * event, in one transaction. With `autoMatch`, the therapist is the best-ranked suggestion.
 */
export async function createClient(
  ctx: SignedInContext,
  input: NewClientInput,
): Promise<ClientType> {
  const columns = validatedNewClient(input, ctx.now);
  const readScope = ctx.viewer.clientReadScope;
  const decision = explainClientCreate(clientViewerOf(ctx), {
    scope: input.scope,
    therapistId: input.therapistId ?? null,
    autoMatch: input.autoMatch,
  });
  if (!decision.allowed) {
    const { refusal } = decision;
    if (refusal.kind === 'AUTO_MATCH_NEEDS_ALL_CLIENTS') {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'Auto-match may give the client to any therapist, so it needs the clients.view.all permission.',
        { field: 'autoMatch', permission: 'clients.view.all' },
      );
    }
    if (refusal.kind === 'OUTSIDE_READABLE_CASELOADS') {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'You can add clients only to caseloads you can see: your own, or your supervisees’.',
        { field: 'therapistId' },
      );
    }
    throw new AppError(ErrorCode.FORBIDDEN, 'You need the clients.create permission.', {
      permission: 'clients.create',
    });
  }

  return ctx.viewer.scope.transaction(async (scope) => {
    if (columns.preferredLocationId) await requireLocation(scope, columns.preferredLocationId);
    let therapistId = input.therapistId ?? null;
    let match: TherapistMatch | null = null;
    if (input.autoMatch) {
      [match = null] = await rankTherapistsFor(
        scope,
        {
          neededSpecialties: columns.neededSpecialties ?? [],
          preferredLocationId: columns.preferredLocationId ?? null,
          preferredTimes: columns.preferredTimes ?? [],
        },
        null,
      );
      if (!match) {
        throw badUserInput('autoMatch', 'No active therapist can take a client: choose one later.');
      }
      therapistId = match.staffMemberId;
    }
    if (therapistId) await requireTarget(scope, therapistId, 'therapistId');

    const client = scope.manager.create(Client, {
      ...columns,
      practiceId: scope.practiceId,
      therapistId,
    });
    await scope.manager.insert(Client, client);
    if (therapistId) {
      await scope.manager.insert(ClientAssignment, {
        practiceId: scope.practiceId,
        clientId: client.id,
        fromTherapistId: null,
        toTherapistId: therapistId,
        changedById: ctx.viewer.staffMemberId,
        reason: match ? autoMatchReason(match) : 'Intake assignment',
      });
    }
    await recordAudit(scope.manager, ctx, {
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'client.created',
      targetType: 'Client',
      targetId: client.id,
      changes: {
        before: null,
        after: {
          ...columns,
          therapistId,
          ...(match ? { autoMatch: { score: match.score, factors: match.factors } } : {}),
        },
      },
    });
    return findVisibleClient(scope, readScope, client.id, ctx.now);
  });
}

/**
 * The client to change, with the facts that decide who may change it; NOT_FOUND for one the
 * caller may not see (or of another practice), FORBIDDEN when they see it but may not edit.
 */
async function requireEditableClient(
  scope: TenantScope,
  viewer: ClientViewer,
  clientId: string,
): Promise<{ client: Client; facts: ClientFacts }> {
  if (!isUUID(clientId)) throw notFound('Client');
  const {
    entities: [client],
    raw: [row],
  } = await scope
    .select(Client, 'client')
    .addSelect(
      `coalesce((SELECT array_agg(DISTINCT seen."therapistId") FROM therapy_session seen
                  WHERE seen."clientId" = client.id), '{}')`,
      'seenByTherapistIds',
    )
    .andWhere('client.id = :clientId', { clientId })
    .getRawAndEntities<{ seenByTherapistIds: string[] }>();
  if (!client || !row) throw notFound('Client');
  const facts: ClientFacts = {
    scope: client.scope,
    therapistId: client.therapistId,
    seenByTherapistIds: row.seenByTherapistIds,
  };
  const decision = explainClientWrite(viewer, facts);
  if (decision.allowed) return { client, facts };
  if (decision.code === ErrorCode.NOT_FOUND) throw notFound('Client');
  if (decision.refusal.kind === 'STATUS') {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      'While your account is not active, clients are read-only.',
    );
  }
  throw new AppError(ErrorCode.FORBIDDEN, 'You need the clients.edit permission.', {
    permission: 'clients.edit',
  });
}

/** JSON with object keys sorted: jsonb columns come back with their keys reordered. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, nested) =>
    nested && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => a.localeCompare(b)))
      : nested,
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Writes `columns` only onto the version the caller edited, so of two concurrent edits one wins
 * and the other gets CONFLICT.
 */
async function updateVersion(
  scope: TenantScope,
  client: Client,
  expectedVersion: number,
  columns: ClientColumns,
): Promise<void> {
  const result = await scope.manager
    .createQueryBuilder()
    .update(Client)
    .set({ ...columns, version: () => '"version" + 1' })
    .where('id = :id AND "practiceId" = :practiceId AND version = :version', {
      id: client.id,
      practiceId: scope.practiceId,
      version: expectedVersion,
    })
    .execute();
  // Someone saved between the read and this write.
  if (result.affected !== 1) throw staleClient(client.version + 1);
}

/** Changes the fields given (never the therapist: that is reassignment, with its history). */
export async function updateClient(
  ctx: SignedInContext,
  args: UpdateClientArgs,
): Promise<ClientType> {
  const requested = validatedClientChanges(args.input, ctx.now);
  const viewer = clientViewerOf(ctx);
  return ctx.viewer.scope.transaction(async (scope) => {
    const { client: before, facts } = await requireEditableClient(scope, viewer, args.clientId);
    if (before.version !== args.expectedVersion) throw staleClient(before.version);

    const columns: ClientColumns = { ...requested };
    // Readmission: a discharged client made ACTIVE or INACTIVE is no longer discharged.
    if (columns.status && before.status === 'DISCHARGED') columns.dischargedAt = null;
    const changed = (Object.keys(columns) as Array<keyof ClientColumns>).filter(
      (key) => !sameValue(columns[key], before[key]),
    );
    if (!changed.length)
      return findVisibleClient(scope, ctx.viewer.clientReadScope, before.id, ctx.now);

    if (changed.includes('scope') && columns.scope === 'DIRECT' && !before.therapistId) {
      throw badUserInput(
        'scope',
        'A direct client belongs to one therapist: reassign the client to someone first.',
      );
    }
    if (
      changed.includes('scope') &&
      !explainClientAccess(viewer, { ...facts, scope: columns.scope ?? facts.scope }).visible
    ) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'With this scope the client would leave the caseloads you can see.',
        { field: 'scope' },
      );
    }
    if (changed.includes('preferredLocationId') && columns.preferredLocationId) {
      await requireLocation(scope, columns.preferredLocationId);
    }

    const values: ClientColumns = Object.fromEntries(changed.map((key) => [key, columns[key]]));
    await updateVersion(scope, before, args.expectedVersion, values);
    await recordAudit(scope.manager, ctx, {
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'client.updated',
      targetType: 'Client',
      targetId: before.id,
      changes: {
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: values,
      },
    });
    return findVisibleClient(scope, ctx.viewer.clientReadScope, before.id, ctx.now);
  });
}

/**
 * Discharges a client: they leave the active caseload and its counts, keep their therapist,
 * sessions, notes and history, and their upcoming sessions are cancelled.
 */
export async function dischargeClient(
  ctx: SignedInContext,
  args: DischargeClientArgs,
): Promise<ClientType> {
  const reason = requiredReason(args.reason, 'Say why the client is discharged.');
  const viewer = clientViewerOf(ctx);
  return ctx.viewer.scope.transaction(async (scope) => {
    const { client: before } = await requireEditableClient(scope, viewer, args.clientId);
    if (before.version !== args.expectedVersion) throw staleClient(before.version);
    if (before.status === 'DISCHARGED') {
      throw badUserInput('clientId', 'This client is already discharged.');
    }
    await updateVersion(scope, before, args.expectedVersion, {
      status: 'DISCHARGED',
      dischargedAt: ctx.now,
    });
    const cancelled = await scope.manager
      .createQueryBuilder()
      .update(TherapySession)
      .set({ status: 'CANCELLED' })
      .where(`"practiceId" = :practiceId AND "clientId" = :clientId`, {
        practiceId: scope.practiceId,
        clientId: before.id,
      })
      .andWhere(`status = 'SCHEDULED' AND "startsAt" > :now`, { now: ctx.now })
      .execute();
    await recordAudit(scope.manager, ctx, {
      practiceId: scope.practiceId,
      actorUserId: ctx.viewer.userId,
      actorStaffMemberId: ctx.viewer.staffMemberId,
      action: 'client.discharged',
      targetType: 'Client',
      targetId: before.id,
      changes: {
        before: { status: before.status, dischargedAt: null },
        after: {
          status: 'DISCHARGED',
          dischargedAt: ctx.now.toISOString(),
          reason,
          cancelledSessions: cancelled.affected ?? 0,
        },
      },
    });
    return findVisibleClient(scope, ctx.viewer.clientReadScope, before.id, ctx.now);
  });
}
