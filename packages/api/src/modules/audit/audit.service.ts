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
 * parameters of its own, as the last part of a WITH). No RETURNING (and so no save()): row-level
 * security lets an external agent write the event of switching to another practice, but not read
 * it back.
 */
export function auditEventsInsertSql(
  ctx: RequestContext,
  entries: readonly AuditEntry[],
  params: unknown[],
): string {
  // `push` answers the new length: the value's placeholder number.
  const placeholder = (value: unknown) => `$${params.push(value)}`;
  const request = [ctx.client.ipAddress, ctx.client.userAgent, ctx.requestId].map(placeholder);
  const rows = entries.map((entry) => {
    const values = [
      entry.practiceId,
      entry.actorUserId,
      entry.actorStaffMemberId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.changes ?? null,
    ].map(placeholder);
    return `(${[...values, ...request].join(', ')})`;
  });
  return `INSERT INTO audit_event ("practiceId", "actorUserId", "actorStaffMemberId", action,
       "targetType", "targetId", changes, "ipAddress", "userAgent", "requestId")
     VALUES ${rows.join(', ')}`;
}
