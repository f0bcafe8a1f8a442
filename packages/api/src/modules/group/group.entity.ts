import { GroupKind } from '@caseload/shared';
import { Column, Entity, Index } from 'typeorm';
import { PracticeScopedEntity } from '../../database/practice-scoped.entity';

/** A team, location or department; a member may belong to any number. */
@Entity('staff_group')
@Index('UQ_staff_group_name', ['practiceId', 'kind', 'name'], {
  unique: true,
  where: '"archivedAt" IS NULL',
})
export class Group extends PracticeScopedEntity {
  @Column('varchar', { length: 100 })
  name: string;

  @Column({ type: 'enum', enum: GroupKind, enumName: 'group_kind' })
  kind: GroupKind;

  @Column('timestamptz', { nullable: true })
  archivedAt: Date | null;
}
