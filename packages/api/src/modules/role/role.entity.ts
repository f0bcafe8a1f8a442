import { BillingModifier, type Permission } from '@caseload/shared';
import { Check, Column, Entity, Index, UpdateDateColumn, VersionColumn } from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';

@Entity('role')
@Index('UQ_role_name_per_practice', ['practiceId', 'name'], {
  unique: true,
  where: '"archivedAt" IS NULL',
})
@Check('CHK_role_name_not_blank', `btrim("name") <> ''`)
export class Role extends PracticeScopedEntity {
  /** The template the role was created from (e.g. 'owner'); null for roles a practice made itself. */
  @Column('varchar', { length: 40, nullable: true })
  templateKey: string | null;

  @Column('varchar', { length: 80 })
  name: string;

  @Column('text', { default: '' })
  description: string;

  /** Keys of the shared permission catalogue; validated on every write. */
  @Column('text', { array: true, default: () => "'{}'" })
  permissions: Permission[];

  @Column('boolean', { default: false })
  requiresSupervision: boolean;

  @Column('boolean', { default: false })
  canSupervise: boolean;

  @Column({
    type: 'enum',
    enum: BillingModifier,
    enumName: 'billing_modifier',
    nullable: true,
  })
  billingModifier: BillingModifier | null;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}
