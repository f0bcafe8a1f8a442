import { InvitationStatus } from '@caseload/shared';
import type { Relation } from 'typeorm';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';
import { StaffMember } from '../staff/staff-member.entity';

/**
 * One emailed link for one INVITED staff member. The token (>= 128 bits) is stored only as a hash;
 * a resend supersedes every older invitation of the member.
 */
@Entity('invitation')
@Index('IDX_invitation_staff_member', ['staffMemberId', 'createdAt'])
export class Invitation extends PracticeScopedEntity {
  @Column('uuid')
  staffMemberId: string;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staffMemberId' })
  staffMember?: Relation<StaffMember>;

  @Column('varchar', { length: 320 })
  email: string;

  /** SHA-256 of the token, hex. */
  @Index('UQ_invitation_token_hash', { unique: true })
  @Column('char', { length: 64 })
  tokenHash: string;

  @Column({
    type: 'enum',
    enum: InvitationStatus,
    enumName: 'invitation_status',
    default: 'PENDING',
  })
  status: InvitationStatus;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('uuid', { nullable: true })
  invitedById: string | null;

  @ManyToOne(() => StaffMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invitedById' })
  invitedBy?: Relation<StaffMember> | null;

  /** When it was accepted, declined, revoked or superseded. */
  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;
}
