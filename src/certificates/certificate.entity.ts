import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CohortEntity } from '../programs/cohort.entity';

/**
 * One participant's Certificate of Completion for one cohort: one valid at a time (a revoked one
 * stays on record beside its replacement). Names, dates, minutes and the issuer profile are
 * snapshots taken at issuance, so the signed credential, the PDF and the record always agree.
 */
@Entity('certificate')
@Index('uq_certificate_cohort_user_valid', ['cohortId', 'userId'], { unique: true, where: '"revoked_at" IS NULL' })
@Check('ck_certificate_revocation_has_reason', '("revoked_at" IS NULL) = ("revocation_reason" IS NULL)')
@Check('ck_certificate_minutes_not_negative', '"contact_minutes" >= 0 AND "ce_eligible_minutes" >= 0')
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Normalized (no dashes, upper case); shown formatted. */
  @Column({ type: 'text', unique: true })
  code: string;

  @Column({ type: 'text' })
  holderName: string;

  @Column({ type: 'text' })
  programName: string;

  @Column({ type: 'text' })
  cohortName: string;

  @Column({ type: 'date' })
  cohortStartsOn: string;

  @Column({ type: 'date' })
  cohortEndsOn: string;

  @Column({ type: 'int' })
  contactMinutes: number;

  /** The program's issuer profile at issuance (the deployment's defaults where it named none). */
  @Column({ type: 'text' })
  issuerName: string;

  @Column({ type: 'text', nullable: true })
  issuerUrl: string | null;

  @Column({ type: 'text', nullable: true })
  issuerEmail: string | null;

  @Column({ type: 'text', nullable: true })
  signatoryName: string | null;

  @Column({ type: 'text', nullable: true })
  signatoryTitle: string | null;

  @Column({ type: 'text' })
  certificateTitle: string;

  /** PRESENT minutes at CE-eligible sessions at issuance: every CE record of this certificate uses it. */
  @Column({ type: 'int' })
  ceEligibleMinutes: number;

  /** Position in the revocation status list; drawn from the sequence certificate_status_list_index_seq. */
  @Column({ type: 'int', unique: true })
  statusListIndex: number;

  /** The signed Open Badges 3.0 credential (VC-JWT). */
  @Column({ type: 'text' })
  credentialJwt: string;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  issuedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revocationReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;
}
