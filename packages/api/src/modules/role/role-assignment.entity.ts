import type { Relation } from 'typeorm';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Practice } from '../practice/practice.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { Role } from './role.entity';

@Entity('role_assignment')
@Index('IDX_role_assignment_role', ['roleId'])
export class RoleAssignment {
  @PrimaryColumn('uuid')
  staffMemberId: string;

  @PrimaryColumn('uuid')
  roleId: string;

  @Column('uuid')
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practiceId' })
  practice?: Relation<Practice>;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staffMemberId' })
  staffMember?: Relation<StaffMember>;

  @ManyToOne(() => Role, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'roleId' })
  role?: Relation<Role>;

  @Column('uuid', { nullable: true })
  assignedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}
