import {
  type NotificationSettings,
  StaffKind,
  StaffStatus,
  type WeeklySlot,
} from '@caseload/shared';
import type { Relation } from 'typeorm';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';
import { User } from '../user/user.entity';

/** A user's membership in one practice. */
@Entity('staff_member')
@Unique('UQ_staff_member_staff_id', ['practiceId', 'staffId'])
// A practitioner or admin belongs to one practice at a time; only external agents may hold several.
@Index('UQ_staff_member_one_practice_per_user', ['userId'], {
  unique: true,
  where: `"kind" <> 'EXTERNAL_AGENT' AND "status" IN ('ACTIVE', 'ON_HOLD', 'INACTIVE')`,
})
@Index('UQ_staff_member_user_per_practice', ['practiceId', 'userId'], {
  unique: true,
  where: `"status" <> 'REMOVED'`,
})
// One roster entry per email in a practice (case-insensitive): an expression index, by hand in the migration.
@Index('UQ_staff_member_email_per_practice', { synchronize: false })
@Index('IDX_staff_member_roster', ['practiceId', 'status', 'lastName', 'firstName'])
@Index('IDX_staff_member_supervisor', ['supervisorId'])
@Check('CHK_staff_member_not_own_supervisor', '"supervisorId" IS NULL OR "supervisorId" <> "id"')
@Check('CHK_staff_member_capacity', '"caseloadCapacity" IS NULL OR "caseloadCapacity" >= 0')
@Check(
  'CHK_staff_member_user_once_invited',
  `"userId" IS NOT NULL OR "status" IN ('INVITED', 'REMOVED')`,
)
export class StaffMember extends PracticeScopedEntity {
  /** Null while INVITED: the invitation's acceptance links or creates the user. */
  @Column('uuid', { nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  @Column({ type: 'enum', enum: StaffKind, enumName: 'staff_kind' })
  kind: StaffKind;

  @Column({ type: 'enum', enum: StaffStatus, enumName: 'staff_status' })
  status: StaffStatus;

  @Column('text', { nullable: true })
  statusReason: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  statusChangedAt: Date;

  /** Auto-generated per practice (S-0001), editable to a custom value. */
  @Column('varchar', { length: 40 })
  staffId: string;

  @Column('varchar', { length: 100 })
  firstName: string;

  @Column('varchar', { length: 100 })
  lastName: string;

  /** Work email: where invitations go, and what the roster shows. */
  @Column('varchar', { length: 320 })
  email: string;

  @Column('varchar', { length: 320, nullable: true })
  secondaryEmail: string | null;

  @Column('varchar', { length: 40, nullable: true })
  primaryPhone: string | null;

  @Column('varchar', { length: 40, nullable: true })
  secondaryPhone: string | null;

  /** Which of the two phones is the one to call first. */
  @Column('varchar', { length: 10, default: 'PRIMARY' })
  defaultPhone: 'PRIMARY' | 'SECONDARY';

  @Column('varchar', { length: 100, nullable: true })
  title: string | null;

  @Column('varchar', { length: 60, nullable: true })
  licenseNumber: string | null;

  @Column('varchar', { length: 100, nullable: true })
  discipline: string | null;

  @Column('varchar', { length: 60, nullable: true })
  compensationTier: string | null;

  @Column('text', { nullable: true })
  bio: string | null;

  /** Only the choices a member changed; the rest follow `defaultNotificationSettings`. */
  @Column('jsonb', { default: () => "'{}'" })
  notificationSettings: Partial<NotificationSettings>;

  /** IANA zone; null means the practice's. */
  @Column('varchar', { length: 64, nullable: true })
  timezone: string | null;

  @Column('uuid', { nullable: true })
  supervisorId: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervisorId' })
  supervisor?: Relation<StaffMember> | null;

  @Column('text', { array: true, default: () => "'{}'" })
  specialties: string[];

  @Column('jsonb', { default: () => "'[]'" })
  weeklyAvailability: WeeklySlot[];

  /** Most active clients this member should carry; null means no limit set. */
  @Column('int', { nullable: true })
  caseloadCapacity: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
