import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import type { RubricChoice } from './journal-rules';
import { JournalOutcome } from './journal-status';
import { JournalSubmissionEntity } from './journal-submission.entity';

/** Grading history: one row per decision, never changed. */
@Entity('journal_grade')
export class JournalGradeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => JournalSubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: JournalSubmissionEntity;

  @Column({ type: 'uuid' })
  graderId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grader_id' })
  grader?: UserEntity;

  @Column({ type: 'enum', enum: JournalOutcome, enumName: 'journal_outcome' })
  outcome: JournalOutcome;

  @Column({ type: 'text' })
  feedback: string;

  @Column({ type: 'int', nullable: true })
  score: number | null;

  @Column({ type: 'jsonb', nullable: true })
  rubricLevels: RubricChoice[] | null;

  /** The submission version that was graded. */
  @Column({ type: 'int' })
  gradedVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  gradedAt: Date;
}
