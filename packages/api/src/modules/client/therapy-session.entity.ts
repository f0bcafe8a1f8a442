import { NoteStatus, SessionStatus } from '@caseload/shared';
import type { Relation } from 'typeorm';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Client } from './client.entity';

/** A session keeps the therapist who saw the client, whoever the client is assigned to later. */
@Entity('therapy_session')
// Every column a client's session figures read, so they come from the index alone.
@Index('IDX_therapy_session_client', [
  'clientId',
  'startsAt',
  'status',
  'noteStatus',
  'therapistId',
  'practiceId',
])
@Index('IDX_therapy_session_therapist', ['therapistId', 'clientId'])
@Index('IDX_therapy_session_pending_notes', ['practiceId', 'therapistId'], {
  where: `"noteStatus" IN ('PENDING', 'COSIGN_REQUIRED')`,
})
@Check('CHK_therapy_session_duration', '"durationMinutes" > 0')
export class TherapySession extends PracticeScopedEntity {
  @Column('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column('uuid')
  therapistId: string;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'therapistId' })
  therapist?: Relation<StaffMember>;

  @Column('timestamptz')
  startsAt: Date;

  @Column('int', { default: 50 })
  durationMinutes: number;

  @Column({ type: 'enum', enum: SessionStatus, enumName: 'session_status' })
  status: SessionStatus;

  @Column({ type: 'enum', enum: NoteStatus, enumName: 'note_status', default: 'NONE' })
  noteStatus: NoteStatus;
}
