import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { JournalAssignmentEntity } from '../journals/journal-assignment.entity';
import { LtiContextLinkEntity } from './lti-context-link.entity';

/** A gradebook column of a linked course that a journal assignment's grades go to (from a launch's AGS claim). */
@Entity('lti_line_item')
@Unique('uq_lti_line_item_url', ['contextLinkId', 'url'])
export class LtiLineItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contextLinkId: string;

  @ManyToOne(() => LtiContextLinkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'context_link_id' })
  contextLink?: LtiContextLinkEntity;

  @Index()
  @Column({ type: 'uuid' })
  journalAssignmentId: string;

  @ManyToOne(() => JournalAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'journal_assignment_id' })
  journalAssignment?: JournalAssignmentEntity;

  /** The line item's URL exactly as the platform gave it, query string included. */
  @Column({ type: 'text' })
  url: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
