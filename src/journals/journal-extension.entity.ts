import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { JournalAssignmentEntity } from './journal-assignment.entity';

/** A later due date for one participant; granting again replaces it. */
@Entity('journal_extension')
@Unique('uq_journal_extension_assignment_participant', ['assignmentId', 'participantId'])
export class JournalExtensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => JournalAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: JournalAssignmentEntity;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: UserEntity;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'uuid' })
  grantedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'granted_by_id' })
  grantedBy?: UserEntity;

  @UpdateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;
}
