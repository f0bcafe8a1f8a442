import { PracticePlan } from '@caseload/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('practice')
@Check('CHK_practice_invitation_lifetime', '"invitationLifetimeHours" BETWEEN 1 AND 720')
@Check('CHK_practice_idle_sign_out', '"idleSignOutMinutes" BETWEEN 5 AND 720')
export class Practice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 200 })
  name: string;

  @Column({ type: 'enum', enum: PracticePlan, enumName: 'practice_plan' })
  plan: PracticePlan;

  /** IANA zone, e.g. America/Chicago; members default to it. */
  @Column('varchar', { length: 64 })
  timezone: string;

  @Column('int', { default: 72 })
  invitationLifetimeHours: number;

  @Column('int', { default: 30 })
  idleSignOutMinutes: number;

  @Column('boolean', { default: false })
  mfaRequired: boolean;

  @Column('boolean', { default: true })
  supervisionEnabled: boolean;

  /** Last number handed out for auto-generated staff IDs (S-0001, S-0002, ...). */
  @Column('int', { default: 0 })
  lastStaffNumber: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
