import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CohortEntity } from './cohort.entity';
import { EnrollmentRole } from './enrollment-role';
import { EnrollmentStatus } from './enrollment-status';

/** A person's role in one cohort; the same person may hold several roles across cohorts. */
@Entity('enrollment')
@Unique('uq_enrollment_cohort_user_role', ['cohortId', 'userId', 'role'])
@Check('ck_enrollment_withdrawal', `("status" = 'WITHDRAWN') = ("withdrawn_on" IS NOT NULL AND "withdrawal_reason" IS NOT NULL)`)
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: EnrollmentRole, enumName: 'enrollment_role' })
  role: EnrollmentRole;

  /** Sessions held before this moment do not count against a participant. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  enrolledAt: Date;

  @Column({ type: 'enum', enum: EnrollmentStatus, enumName: 'enrollment_status', default: EnrollmentStatus.ACTIVE })
  status: EnrollmentStatus;

  /** The first day (in the cohort's zone) the person no longer takes part. */
  @Column({ type: 'date', nullable: true })
  withdrawnOn: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;
}
