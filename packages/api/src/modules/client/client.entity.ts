import { ClientScope, ClientStatus, RiskLevel, type WeeklySlot } from '@caseload/shared';
import type { Relation } from 'typeorm';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';
import { Group } from '../group/group.entity';
import { StaffMember } from '../staff/staff-member.entity';

@Entity('client')
@Index('IDX_client_therapist', ['practiceId', 'therapistId', 'status'])
@Index('IDX_client_practice_name', ['practiceId', 'lastName', 'firstName'])
// A DIRECT client belongs to one therapist; a PRACTICE client may wait unassigned.
@Check('CHK_client_direct_has_therapist', `"scope" <> 'DIRECT' OR "therapistId" IS NOT NULL`)
export class Client extends PracticeScopedEntity {
  @Column('varchar', { length: 100 })
  firstName: string;

  @Column('varchar', { length: 100 })
  lastName: string;

  @Column('date')
  dateOfBirth: string;

  @Column({ type: 'enum', enum: ClientStatus, enumName: 'client_status', default: 'ACTIVE' })
  status: ClientStatus;

  @Column({ type: 'enum', enum: RiskLevel, enumName: 'risk_level', default: 'LOW' })
  riskLevel: RiskLevel;

  @Column({ type: 'enum', enum: ClientScope, enumName: 'client_scope' })
  scope: ClientScope;

  /** The assigned therapist of a DIRECT client, or the primary therapist of a PRACTICE client. */
  @Column('uuid', { nullable: true })
  therapistId: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'therapistId' })
  therapist?: Relation<StaffMember> | null;

  @Column('text', { array: true, default: () => "'{}'" })
  neededSpecialties: string[];

  @Column('uuid', { nullable: true })
  preferredLocationId: string | null;

  @ManyToOne(() => Group, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'preferredLocationId' })
  preferredLocation?: Relation<Group> | null;

  @Column('jsonb', { default: () => "'[]'" })
  preferredTimes: WeeklySlot[];

  @Column('timestamptz', { nullable: true })
  dischargedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
