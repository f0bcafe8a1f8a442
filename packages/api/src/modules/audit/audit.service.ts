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
  // $1–$3 describe the request, the same on every row; each entry's own values follow (`push`
  // answers the new length: the value's placeholder number).
  const params: unknown[] = [ctx.client.ipAddress, ctx.client.userAgent, ctx.requestId];
  const rows = entries.map((entry) => {
    const values = [
      entry.practiceId,
      entry.actorUserId,
      entry.actorStaffMemberId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.changes ?? null,
    ].map((value) => `$${params.push(value)}`);
    return `(${values.join(', ')}, $1, $2, $3)`;
  });
  // No RETURNING (and so no save()): row-level security lets an external agent write the event of
  // switching to another practice, but not read it back.
  await manager.query(
    `INSERT INTO audit_event ("practiceId", "actorUserId", "actorStaffMemberId", action,
       "targetType", "targetId", changes, "ipAddress", "userAgent", "requestId")
     VALUES ${rows.join(', ')}`,
    params,
  );
}
