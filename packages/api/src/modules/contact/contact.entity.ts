import type { Relation } from 'typeorm';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';
import { StaffMember } from '../staff/staff-member.entity';

/** A practice-level person linked to clients through relationships (seed 004). */
@Entity('contact')
@Index('IDX_contact_assigned', ['practiceId', 'assignedStaffMemberId'])
@Index('IDX_contact_name', ['practiceId', 'lastName', 'firstName'])
export class Contact extends PracticeScopedEntity {
  @Column('varchar', { length: 100 })
  firstName: string;

  @Column('varchar', { length: 100 })
  lastName: string;

  @Column('varchar', { length: 40, nullable: true })
  phone: string | null;

  @Column('varchar', { length: 320, nullable: true })
  email: string | null;

  /** Practitioners with limited permissions see only the contacts assigned to them. */
  @Column('uuid', { nullable: true })
  assignedStaffMemberId: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignedStaffMemberId' })
  assignedStaffMember?: Relation<StaffMember> | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
