import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { JournalGradeEntity } from '../journals/journal-grade.entity';
import { LtiScorePostStatus } from './lti-score-post-status';
import { LtiLineItemEntity } from './lti-line-item.entity';

/** The outbox of grade passback: one row per grade and line item, written with the grade, posted once. */
@Entity('lti_score_post')
@Unique('uq_lti_score_post_grade', ['gradeId', 'lineItemId'])
export class LtiScorePostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  gradeId: string;

  @ManyToOne(() => JournalGradeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grade_id' })
  grade?: JournalGradeEntity;

  @Index()
  @Column({ type: 'uuid' })
  lineItemId: string;

  @ManyToOne(() => LtiLineItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'line_item_id' })
  lineItem?: LtiLineItemEntity;

  /** The platform's id of the participant (`userId` of the score). */
  @Column({ type: 'text' })
  platformUserId: string;

  @Column({ type: 'enum', enum: LtiScorePostStatus, enumName: 'lti_score_post_status', default: LtiScorePostStatus.PENDING })
  status: LtiScorePostStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
