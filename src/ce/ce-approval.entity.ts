import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CohortEntity } from '../programs/cohort.entity';

/** A board's approval of a cohort for continuing-education credit. */
@Entity('ce_approval')
@Unique('uq_ce_approval_cohort_board', ['cohortId', 'board'])
export class CeApprovalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'text' })
  board: string;

  @Column({ type: 'text' })
  approvalNumber: string;

  /** The wording the board requires on CE certificates. */
  @Column({ type: 'text', nullable: true })
  statement: string | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
