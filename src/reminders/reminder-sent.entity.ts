import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ReminderKind } from './reminder-kind';

/**
 * One reminder queued as an e-mail, written in the transaction that queues it: the unique key makes
 * every reminder go once, however many sweeps (or instances) find it due.
 */
@Entity('reminder_sent')
@Unique('uq_reminder_sent_once', ['userId', 'kind', 'subjectId', 'occasion'])
export class ReminderSentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: ReminderKind, enumName: 'reminder_kind' })
  kind: ReminderKind;

  /** Who the message went to. */
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The record it is about: a journal assignment, a grade, a practicum entry or a program (by kind). */
  @Column({ type: 'uuid' })
  subjectId: string;

  /**
   * Which time the record called for it: the due date (an extension earns a reminder of its own), the
   * entry's submission, the digest's week; empty for a grade.
   */
  @Column({ type: 'text' })
  occasion: string;

  @CreateDateColumn({ type: 'timestamptz' })
  queuedAt: Date;
}
