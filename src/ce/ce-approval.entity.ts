import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { CohortEntity } from '../programs/cohort.entity';
import { CeUnit } from './ce-unit';

/** A board's approval of a cohort for continuing-education credit, with the board's rules. */
@Entity('ce_approval')
@Unique('uq_ce_approval_cohort_board_number', ['cohortId', 'board', 'approvalNumber'])
@Check('ck_ce_approval_increment_divides_hour', '"increment_minutes" > 0 AND 60 % "increment_minutes" = 0')
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

  /** Catalogue codes of the licences the approval covers; in order of preference when a person holds several. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  licenseTypes: string[];

  /** Issuing states covered; null for any. */
  @Column({ type: 'text', array: true, nullable: true })
  licenseStates: string[] | null;

  /** Only for participants who earned the certificate; otherwise for the minutes attended. */
  @Column({ type: 'boolean', default: true })
  requiresCompletion: boolean;

  /** False: a session counts only when attended in full. */
  @Column({ type: 'boolean', default: true })
  partialCredit: boolean;

  /** Credit rounds down to a multiple of this. */
  @Column({ type: 'int', default: 15 })
  incrementMinutes: number;

  @Column({ type: 'enum', enum: CeUnit, default: CeUnit.HOURS })
  unit: CeUnit;

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
