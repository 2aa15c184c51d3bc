import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { normalizeCertificateCode } from '../certificates/certificate-code';
import { CertificateEntity } from '../certificates/certificate.entity';
import { AppConfig } from '../config/app-config';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { ceHours, ceus } from './ce-hours';
import { createCeRecordsForApproval, lockCohortForApproval } from './ce-records';
import { cePdfUrl } from './ce-pdf-url';
import { CeApprovalEntity } from './ce-approval.entity';
import { CeRecordEntity } from './ce-record.entity';
import { ApproveCeInput } from './ce.inputs';
import { CeApproval, CeRecord } from './ce.models';
import { requireCeRecordViewer } from './ce.policy';

export interface CeCertificateFacts {
  certificate: CertificateEntity;
  approval: CeApprovalEntity;
  hours: number;
}

@Injectable()
export class CeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Records the approval and gives CE records to holders of certificates issued before it. */
  async approve(actor: AuthUser, input: ApproveCeInput): Promise<CeApproval> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await lockCohortForApproval(manager, input.cohortId))) throw new NotFoundError('Cohort');
      const board = input.board.trim();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CeApprovalEntity)
        .values({
          cohortId: input.cohortId,
          board,
          approvalNumber: input.approvalNumber.trim(),
          statement: input.statement?.trim() || null,
          approvedById: actor.id,
        })
        .orIgnore()
        .returning('id')
        .execute();
      if (!inserted.raw.length) throw new ConflictError('This board has already approved this cohort');
      const approval = await manager.getRepository(CeApprovalEntity).findOneByOrFail({ id: inserted.raw[0].id });
      const recordsCreated = await createCeRecordsForApproval(manager, approval.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'ce_approval.created',
        entityType: 'ce_approval',
        entityId: approval.id,
        cohortId: approval.cohortId,
        after: { board: approval.board, approvalNumber: approval.approvalNumber, recordsCreated },
      });
      return { ...approval, recordsCreated };
    });
  }

  /** The holder's CE records of valid certificates, in one statement. */
  async records(user: AuthUser, holderId = user.id): Promise<CeRecord[]> {
    requireCeRecordViewer(user, holderId);
    const rows = await this.dataSource
      .getRepository(CeRecordEntity)
      .createQueryBuilder('record')
      .innerJoinAndSelect('record.approval', 'approval')
      .innerJoinAndSelect('record.certificate', 'certificate')
      .where('record.user_id = :holderId', { holderId })
      .andWhere('certificate.revoked_at IS NULL')
      .orderBy('certificate.issued_at', 'DESC')
      .addOrderBy('approval.board')
      .getMany();
    return rows.map((row) => this.toRecord(row));
  }

  /** What a CE certificate PDF shows; null when the code or the approval does not match a record. */
  async pdfFacts(code: string, approvalId: string): Promise<CeCertificateFacts | null> {
    const normalized = normalizeCertificateCode(code);
    if (!normalized) return null;
    const record = await this.dataSource
      .getRepository(CeRecordEntity)
      .createQueryBuilder('record')
      .innerJoinAndSelect('record.approval', 'approval')
      .innerJoinAndSelect('record.certificate', 'certificate')
      .where('certificate.code = :normalized', { normalized })
      .andWhere('record.approval_id = :approvalId', { approvalId })
      .getOne();
    if (!record?.certificate || !record.approval) return null;
    return { certificate: record.certificate, approval: record.approval, hours: ceHours(record.minutes) };
  }

  private toRecord(row: CeRecordEntity): CeRecord {
    const certificate = row.certificate!;
    const approval = row.approval!;
    const hours = ceHours(row.minutes);
    return {
      id: row.id,
      approvalId: approval.id,
      board: approval.board,
      approvalNumber: approval.approvalNumber,
      statement: approval.statement,
      hours,
      ceus: ceus(hours),
      cohortId: certificate.cohortId,
      cohortName: certificate.cohortName,
      userId: row.userId,
      pdfUrl: cePdfUrl(this.config.publicBaseUrl, certificate.code, approval.id),
    };
  }
}
