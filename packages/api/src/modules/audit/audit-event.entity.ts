import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface AuditChanges {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Who, acting for which practice, did what to which record, when and from where.
 * Append-only: a trigger (in the migration) refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity('audit_event')
@Index('IDX_audit_event_practice_time', ['practiceId', 'occurredAt'])
@Index('IDX_audit_event_target', ['practiceId', 'targetType', 'targetId'])
@Index('IDX_audit_event_actor', ['practiceId', 'actorStaffMemberId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for events outside any practice (e.g. a failed sign-in). */
  @Column('uuid', { nullable: true })
  practiceId: string | null;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('uuid', { nullable: true })
  actorStaffMemberId: string | null;

  /** Dotted verb, e.g. staff.status.changed. */
  @Column('varchar', { length: 80 })
  action: string;

  @Column('varchar', { length: 40 })
  targetType: string;

  @Column('uuid', { nullable: true })
  targetId: string | null;

  @Column('jsonb', { nullable: true })
  changes: AuditChanges | null;

  @Column('varchar', { length: 64, nullable: true })
  ipAddress: string | null;

  @Column('varchar', { length: 400, nullable: true })
  userAgent: string | null;

  @Column('varchar', { length: 64, nullable: true })
  requestId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
