import type { Relation } from 'typeorm';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Practice } from '../practice/practice.entity';
import { User } from '../user/user.entity';

/**
 * A signed-in browser or API client. The opaque token is stored only as a hash; a session ends
 * when revoked, after the practice's idle time, or at `expiresAt` (12 h after sign-in).
 */
@Entity('auth_session')
@Index('IDX_auth_session_user', ['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: Relation<User>;

  /** The practice the user acts for in this session (external agents switch it). */
  @Column('uuid', { nullable: true })
  activePracticeId: string | null;

  @ManyToOne(() => Practice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activePracticeId' })
  activePractice?: Relation<Practice> | null;

  /** SHA-256 of the token, hex. */
  @Index('UQ_auth_session_token_hash', { unique: true })
  @Column('char', { length: 64 })
  tokenHash: string;

  /** True once the password is checked but the second factor is still owed. */
  @Column('boolean', { default: false })
  awaitingSecondFactor: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  lastSeenAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('varchar', { length: 64, nullable: true })
  ipAddress: string | null;

  @Column('varchar', { length: 400, nullable: true })
  userAgent: string | null;
}
