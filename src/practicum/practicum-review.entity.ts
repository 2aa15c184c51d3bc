import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ReviewDecision } from './practicum-enums';
import { PracticumLogEntryEntity } from './practicum-log-entry.entity';

/** One review of a practicum entry; the history is kept (and each review is also in the audit trail). */
@Entity('practicum_review')
export class PracticumReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => PracticumLogEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: PracticumLogEntryEntity;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: UserEntity;

  @Column({ type: 'enum', enum: ReviewDecision, enumName: 'practicum_review_decision' })
  decision: ReviewDecision;

  /** Sensitive, like the reflection it answers. */
  @Column({ type: 'text' })
  comment: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
