import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context/request-context';
import type { AuditEvent } from './audit-event.entity';

export type AuditEntry = Pick<
  AuditEvent,
  'practiceId' | 'actorUserId' | 'actorStaffMemberId' | 'action' | 'targetType' | 'targetId'
> & { changes?: AuditEvent['changes'] };

/**
 * Appends an audit event on the caller's transaction manager, so the event and the change it
 * records commit or roll back together.
 */
export async function recordAudit(
  manager: EntityManager,
  ctx: RequestContext,
  entry: AuditEntry,
): Promise<void> {
  // No RETURNING (and so no save()): row-level security lets an external agent write the event of
  // switching to another practice, but not read it back.
  await manager.query(
    `INSERT INTO audit_event ("practiceId", "actorUserId", "actorStaffMemberId", action,
       "targetType", "targetId", changes, "ipAddress", "userAgent", "requestId")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      entry.practiceId,
      entry.actorUserId,
      entry.actorStaffMemberId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.changes ?? null,
      ctx.client.ipAddress,
      ctx.client.userAgent,
      ctx.requestId,
    ],
  );
}
