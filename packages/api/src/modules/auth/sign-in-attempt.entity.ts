import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, counted per account and per client address to throttle guessing. */
@Entity('sign_in_attempt')
@Index('IDX_sign_in_attempt_email', ['emailNormalized', 'attemptedAt'])
@Index('IDX_sign_in_attempt_address', ['ipAddress', 'attemptedAt'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 320 })
  emailNormalized: string;

  @Column('varchar', { length: 64 })
  ipAddress: string;

  @Column('boolean')
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt: Date;
}
