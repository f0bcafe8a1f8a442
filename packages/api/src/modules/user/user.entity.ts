import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** One sign-in identity. Practice membership lives on StaffMember. */
@Entity('user')
// Case-insensitive uniqueness is an expression index, created by hand in the migration.
@Index('UQ_user_email_lower', { synchronize: false })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 320 })
  email: string;

  /** argon2id; null until the person accepts an invitation and sets one. */
  @Column('varchar', { length: 255, nullable: true })
  passwordHash: string | null;

  /** Set when an admin gives a temporary password: the next sign-in must change it. */
  @Column('boolean', { default: false })
  mustChangePassword: boolean;

  /** TOTP secret; only counts once confirmed (mfaEnabledAt). */
  @Column('varchar', { length: 255, nullable: true })
  mfaSecret: string | null;

  @Column('timestamptz', { nullable: true })
  mfaEnabledAt: Date | null;

  /** The TOTP time step last accepted: each code signs in once (RFC 6238, section 5.2). */
  @Column('int', { nullable: true })
  mfaLastUsedStep: number | null;

  @Column('int', { default: 0 })
  failedSignInCount: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  @Column('timestamptz', { nullable: true })
  lastSignInAt: Date | null;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
