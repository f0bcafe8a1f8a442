import { MailStatus } from '@caseload/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: a mail is written in the same transaction as the change that causes it,
 * then delivered by a worker with retries, so a failed send is never lost.
 */
@Entity('outbox_mail')
@Index('IDX_outbox_mail_due', ['status', 'nextAttemptAt'])
@Index('IDX_outbox_mail_practice', ['practiceId', 'createdAt'])
export class OutboxMail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  practiceId: string | null;

  @Column('varchar', { length: 320 })
  to: string;

  @Column('varchar', { length: 300 })
  subject: string;

  @Column('text')
  text: string;

  @Column('text', { nullable: true })
  html: string | null;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: 'QUEUED' })
  status: MailStatus;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt: Date;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
