import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { SessionKind } from '../curriculum/session-kind';
import { CohortEntity } from '../programs/cohort.entity';
import { RequirementKind } from './requirement-kind';

/** One threshold a cohort's participants must reach (a count, or minutes for *_MINUTES kinds). */
@Entity('completion_requirement')
@Unique('uq_completion_requirement_cohort_kind_sessions', ['cohortId', 'kind', 'sessionKinds'])
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

  /** The session kinds SESSIONS_ATTENDED / SESSION_MINUTES count, sorted; empty means every kind. */
  @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind', array: true, default: '{}' })
  sessionKinds: SessionKind[];

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'int' })
  threshold: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
