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
import { Group } from './group.entity';

@Entity('group_membership')
@Index('IDX_group_membership_member', ['staffMemberId'])
export class GroupMembership {
  @PrimaryColumn('uuid')
  groupId: string;

  @PrimaryColumn('uuid')
  staffMemberId: string;

  @Column('uuid')
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practiceId' })
  practice?: Relation<Practice>;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId' })
  group?: Relation<Group>;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staffMemberId' })
  staffMember?: Relation<StaffMember>;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;
}
