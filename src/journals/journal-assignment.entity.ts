import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CourseModuleEntity } from '../curriculum/course-module.entity';
import { CohortEntity } from '../programs/cohort.entity';
import type { Rubric } from './journal-rules';

/** A reflective journal prompt of one module; its expected minutes count once the journal is satisfactory. */
@Entity('journal_assignment')
@Index(['cohortId', 'dueAt'])
@Check('chk_journal_assignment_expected_minutes', '"expected_minutes" > 0')
export class JournalAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => CourseModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: CourseModuleEntity;

  /** The module's cohort, copied here so cohort-wide queries need no join. */
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  prompt: string;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'int' })
  expectedMinutes: number;

  @Column({ type: 'jsonb', nullable: true })
  rubric: Rubric | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
