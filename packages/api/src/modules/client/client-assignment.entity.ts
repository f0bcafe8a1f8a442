import type { Relation } from 'typeorm';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Client } from './client.entity';

/** Every change of a client's therapist: from whom, to whom, by whom, when (createdAt) and why. */
@Entity('client_assignment')
@Index('IDX_client_assignment_client', ['clientId', 'createdAt'])
export class ClientAssignment extends PracticeScopedEntity {
  @Column('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clientId' })
  client?: Relation<Client>;

  @Column('uuid', { nullable: true })
  fromTherapistId: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fromTherapistId' })
  fromTherapist?: Relation<StaffMember> | null;

  @Column('uuid', { nullable: true })
  toTherapistId: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'toTherapistId' })
  toTherapist?: Relation<StaffMember> | null;

  @Column('uuid', { nullable: true })
  changedById: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changedById' })
  changedBy?: Relation<StaffMember> | null;

  @Column('text')
  reason: string;
}
