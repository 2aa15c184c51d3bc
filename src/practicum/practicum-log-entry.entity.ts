import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CohortEntity } from '../programs/cohort.entity';
import { PracticumActivity, PracticumEntryStatus } from './practicum-enums';
import { PracticumPlacementEntity } from './practicum-placement.entity';

/** Time spent at a placement; only APPROVED minutes count toward completion. `cohortId` is the placement's, copied for SQL totals. */
@Entity('practicum_log_entry')
@Index(['cohortId', 'participantId'])
@Index(['cohortId', 'status', 'submittedAt'])
@Check('chk_practicum_log_entry_minutes', `"minutes" BETWEEN 1 AND 720`)
@Check('chk_practicum_log_entry_version', '"version" >= 1')
@Check('chk_practicum_log_entry_reflection', `char_length("reflection") BETWEEN 1 AND 20000`)
export class PracticumLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  placementId: string;

  @ManyToOne(() => PracticumPlacementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PracticumPlacementEntity;

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

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'enum', enum: PracticumActivity, enumName: 'practicum_activity' })
  activity: PracticumActivity;

  /** Sensitive: only the author, their communities' facilitators and the cohort's faculty read it. */
  @Column({ type: 'text' })
  reflection: string;

  @Column({ type: 'enum', enum: PracticumEntryStatus, enumName: 'practicum_entry_status', default: PracticumEntryStatus.PENDING })
  status: PracticumEntryStatus;

  /** Grows with every edit; a review names the version its reviewer read. */
  @Column({ type: 'int', default: 1 })
  version: number;

  /** When it last entered the review queue (logged, or edited after CHANGES_REQUESTED); the queue is oldest first. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
