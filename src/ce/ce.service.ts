import { Injectable } from '@nestjs/common';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { normalizeCertificateCode } from '../certificates/certificate-code';
import { CertificateEntity } from '../certificates/certificate.entity';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { NotFoundError } from '../errors/domain-errors';
import { ceHours, ceus } from './ce-hours';
import { cePdfUrl } from './ce-pdf-url';
import { CeApprovalEntity } from './ce-approval.entity';
import { CeRecordEntity } from './ce-record.entity';
import { ApproveCeInput } from './ce.inputs';
import { CeApproval, CeRecord } from './ce.models';
import { CeRepository } from './ce.repository';

export interface CeCertificateFacts {
  certificate: CertificateEntity;
  approval: CeApprovalEntity;
  hours: number;
}

@Injectable()
export class CeService {
  constructor(
    private readonly access: Access,
    private readonly ce: CeRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Records the approval and gives CE records to holders of certificates issued before it (admins only, declared on the operation). */
  async approve(actor: AuthUser, input: ApproveCeInput): Promise<CeApproval> {
    return this.transactions.run(async (manager) => {
      if (!(await this.ce.lockCohortForApproval(input.cohortId, manager))) throw new NotFoundError('Cohort');
      const approval = await this.ce.insertApproval(
        {
          cohortId: input.cohortId,
          board: input.board.trim(),
          approvalNumber: input.approvalNumber.trim(),
          statement: input.statement?.trim() || null,
          approvedById: actor.id,
        },
        manager,
      );
      const recordsCreated = await this.ce.createRecordsForApproval(approval.id, manager);
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

  /** The holder's CE records of valid certificates: their own, or anyone's for admins. */
  async records(user: AuthUser, holderId = user.id): Promise<CeRecord[]> {
    await this.access.require(user, Permission.CE_RECORDS_READ, target.user(holderId));
    return (await this.ce.recordsOf(holderId)).map((row) => this.toRecord(row));
  }

  /** What a CE certificate PDF shows; null when the code or the approval does not match a record. */
  async pdfFacts(code: string, approvalId: string): Promise<CeCertificateFacts | null> {
    const normalized = normalizeCertificateCode(code);
    const record = normalized ? await this.ce.recordByCode(normalized, approvalId) : null;
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
