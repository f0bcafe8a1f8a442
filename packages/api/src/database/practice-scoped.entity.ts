import type { Relation } from 'typeorm';
import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Practice } from '../modules/practice/practice.entity';

/**
 * Columns every tenant-owned row carries. `practiceId` is what tenant scoping filters on,
 * and what row-level security keys on.
 */
export abstract class PracticeScopedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practiceId' })
  practice?: Relation<Practice>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
