import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CohortEntity } from '../programs/cohort.entity';
import type { RubricChoice } from './journal-rules';
import { JournalSubmissionStatus } from './journal-status';
import { JournalAssignmentEntity } from './journal-assignment.entity';

/**
 * One participant's journal for one assignment. `body` is sensitive (author and cohort faculty only).
 * `version` grows on every state change; grading updates only the version it was shown.
 */
@Entity('journal_submission')
@Unique('uq_journal_submission_assignment_participant', ['assignmentId', 'participantId'])
@Index(['cohortId', 'status', 'submittedAt'])
@Check('chk_journal_submission_score', '"score" BETWEEN 0 AND 100')
@Check('chk_journal_submission_version', '"version" >= 1')
export class JournalSubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => JournalAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: JournalAssignmentEntity;

  @Index()
  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: UserEntity;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'enum', enum: JournalSubmissionStatus, enumName: 'journal_submission_status' })
  status: JournalSubmissionStatus;

  @Column({ type: 'int', default: 1 })
  version: number;

  /** The current text: the draft being written, or the last submitted version. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null;

  /** The latest submission (the grading queue's order). */
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  late: boolean;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  /** The latest grade's feedback; sensitive like the body. */
  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ type: 'jsonb', nullable: true })
  rubricLevels: RubricChoice[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  gradedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  gradedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'graded_by_id' })
  gradedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
