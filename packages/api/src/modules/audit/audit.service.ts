import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context/request-context';
import { AuditEvent } from './audit-event.entity';

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
  // save(), not insert(): insert's typing cannot take the jsonb `changes` shape.
  await manager.save(
    manager.create(AuditEvent, {
      ...entry,
      changes: entry.changes ?? null,
      ipAddress: ctx.client.ipAddress,
      userAgent: ctx.client.userAgent,
      requestId: ctx.requestId,
    }),
  );
}
