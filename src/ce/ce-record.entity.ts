import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CeApprovalEntity } from './ce-approval.entity';

/**
 * CE credit one person earned under one approval, and the licence it was earned under. Written
 * only by ce.queries.ts (refreshRecords), from attendance and the approval's rules.
 */
@Entity('ce_record')
@Unique('uq_ce_record_approval_user', ['approvalId', 'userId'])
@Check('ck_ce_record_minutes_not_negative', '"minutes" >= 0')
export class CeRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The certificate the credit came with, for approvals that require completion. */
  @Column({ type: 'uuid', nullable: true })
  certificateId: string | null;

  @ManyToOne(() => CertificateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certificate_id' })
  certificate?: CertificateEntity | null;

  @Column({ type: 'uuid' })
  approvalId: string;

  @ManyToOne(() => CeApprovalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'approval_id' })
  approval?: CeApprovalEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  /** Null only on records from before licences. */
  @Column({ type: 'text', nullable: true })
  licenseType: string | null;

  @Column({ type: 'text', nullable: true })
  licenseState: string | null;

  @Column({ type: 'text', nullable: true })
  licenseNumber: string | null;

  /** Credited minutes, already rounded down to the approval's increment. */
  @Column({ type: 'int' })
  minutes: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
