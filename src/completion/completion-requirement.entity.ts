import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { CohortEntity } from '../programs/cohort.entity';
import { RequirementKind } from './requirement-kind';

/** One threshold a cohort's participants must reach (a count, or minutes for *_MINUTES kinds). */
@Entity('completion_requirement')
@Unique('uq_completion_requirement_cohort_kind', ['cohortId', 'kind'])
@Check('ck_completion_requirement_threshold_positive', '"threshold" > 0')
export class CompletionRequirementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'enum', enum: RequirementKind, enumName: 'requirement_kind' })
  kind: RequirementKind;

  @Column({ type: 'int' })
  threshold: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
