import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { JournalSubmissionEntity } from './journal-submission.entity';

/** Every submitted text, kept as it was sent (the journal's attempts). */
@Entity('journal_submission_version')
@Unique('uq_journal_submission_version_attempt', ['submissionId', 'attempt'])
export class JournalSubmissionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  submissionId: string;

  @ManyToOne(() => JournalSubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: JournalSubmissionEntity;

  /** 1 for the first submission, 2 for the first resubmission, … */
  @Column({ type: 'int' })
  attempt: number;

  /** The submission's `version` this text was submitted as (what a grader is shown). */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  /**
   * The assignment's title and prompt as this text answered them: copied by the database as the row is
   * inserted (trigger journal_submission_version_keeps_prompt), so a later edit of the assignment leaves them.
   */
  @Column({ type: 'text', insert: false, update: false })
  title: string;

  @Column({ type: 'text', insert: false, update: false })
  prompt: string;
}
