import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CeApprovalEntity } from './ce-approval.entity';

/** CE credit one certificate holder earns from one board's approval. */
@Entity('ce_record')
@Unique('uq_ce_record_certificate_approval', ['certificateId', 'approvalId'])
@Check('ck_ce_record_minutes_not_negative', '"minutes" >= 0')
export class CeRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  certificateId: string;

  @ManyToOne(() => CertificateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certificate_id' })
  certificate?: CertificateEntity;

  @Index()
  @Column({ type: 'uuid' })
  approvalId: string;

  @ManyToOne(() => CeApprovalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'approval_id' })
  approval?: CeApprovalEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  /** CE-eligible attended minutes; hours are derived (down to the quarter hour). */
  @Column({ type: 'int' })
  minutes: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
