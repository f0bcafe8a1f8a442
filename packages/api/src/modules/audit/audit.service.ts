import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context/request-context';
import type { AuditEvent } from './audit-event.entity';

export type AuditEntry = Pick<
  AuditEvent,
  'practiceId' | 'actorUserId' | 'actorStaffMemberId' | 'action' | 'targetType' | 'targetId'
> & { changes?: AuditEvent['changes'] };

/**
 * Appends audit events, in one statement however many, on the caller's transaction manager, so
 * the events and the change they record commit or roll back together.
 */
export async function recordAudit(
  manager: EntityManager,
  ctx: RequestContext,
  ...entries: readonly AuditEntry[]
): Promise<void> {
  if (!entries.length) return;
  const params: unknown[] = [];
  await manager.query(auditEventsInsertSql(ctx, entries, params), params);
}

/**
 * The INSERT of `entries`, its values added to `params` (so it can end a statement that has
 * parameters of its own, as the last part of a WITH). With `onlyForTargetsIn` (a relation of the
 * statement with an `id` column), only the entries whose target is in it are written: for a WITH
 * whose change may turn out to touch fewer rows than asked. No RETURNING (and so no save()):
 * row-level security lets an external agent write the event of switching to another practice,
 * but not read it back.
 */
export function auditEventsInsertSql(
  ctx: RequestContext,
  entries: readonly AuditEntry[],
  params: unknown[],
  onlyForTargetsIn?: string,
): string {
  // `push` answers the new length: the value's placeholder number. Typed, so the values keep
  // their column types inside a sub-select too.
  const placeholder = (value: unknown, type = 'text') => `$${params.push(value)}::${type}`;
  const request = [ctx.client.ipAddress, ctx.client.userAgent, ctx.requestId].map((value) =>
    placeholder(value),
  );
  const rows = entries.map((entry) => {
    const values = [
      placeholder(entry.practiceId, 'uuid'),
      placeholder(entry.actorUserId, 'uuid'),
      placeholder(entry.actorStaffMemberId, 'uuid'),
      placeholder(entry.action),
      placeholder(entry.targetType),
      placeholder(entry.targetId, 'uuid'),
      placeholder(entry.changes ?? null, 'jsonb'),
    ];
    return `(${[...values, ...request].join(', ')})`;
  });
  const columns = `"practiceId", "actorUserId", "actorStaffMemberId", action, "targetType",
       "targetId", changes, "ipAddress", "userAgent", "requestId"`;
  const values = `VALUES ${rows.join(', ')}`;
  return onlyForTargetsIn
    ? `INSERT INTO audit_event (${columns})
       SELECT * FROM (${values}) AS entry (${columns})
        WHERE entry."targetId" IN (SELECT id FROM ${onlyForTargetsIn})`
    : `INSERT INTO audit_event (${columns}) ${values}`;
}
