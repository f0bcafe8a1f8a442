import { OverrideEffect, type Permission } from '@caseload/shared';
import type { Relation } from 'typeorm';
import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';
import { StaffMember } from '../staff/staff-member.entity';

/** One member, one permission, ALLOW or DENY, with a reason; DENY beats every ALLOW. */
@Entity('permission_override')
@Unique('UQ_permission_override_member_permission', ['staffMemberId', 'permission'])
@Check('CHK_permission_override_reason', `btrim("reason") <> ''`)
export class PermissionOverride extends PracticeScopedEntity {
  @Column('uuid')
  staffMemberId: string;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staffMemberId' })
  staffMember?: Relation<StaffMember>;

  @Column('varchar', { length: 60 })
  permission: Permission;

  @Column({ type: 'enum', enum: OverrideEffect, enumName: 'override_effect' })
  effect: OverrideEffect;

  @Column('text')
  reason: string;

  /** Stops counting at this moment, with no job needed. */
  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;

  @Column('uuid', { nullable: true })
  grantedById: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grantedById' })
  grantedBy?: Relation<StaffMember> | null;
}
