import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import type { PrintedIssuer } from '../certificates/certificate-pdf';
import { printedCertificate, printedIssuer } from '../certificates/printed-certificate';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { CeApprovalEntity } from './ce-approval.entity';
import { deliveryFormat } from './ce-certificate-data';
import { ceCredit, formatCredit } from './ce-credit';
import { CeUnit } from './ce-unit';
import { ceCertificateUrl, ceVerifyUrl } from './ce-urls';
import { ApproveCeInput, UpdateCeApprovalInput } from './ce.inputs';
import { CeApproval, CeRecord } from './ce.models';
import { CeApprovalRules, CeRecordRow, CeRepository, PrintedCeRecordRow } from './ce.repository';

/** One board's credit, as public pages show it: never the licence. */
export interface VerifiedCeCredit {
  board: string;
  approvalNumber: string;
  /** e.g. "7.5 hours", "0.75 CEUs" */
  credit: string;
}

export interface VerifiedCeRecord extends VerifiedCeCredit {
  holderName: string;
  programName: string;
  cohortName: string;
  issuer: PrintedIssuer;
  deliveryFormat: string;
  /** The completion certificate it came with, if the approval requires one. */
  certificateCode: string | null;
  revokedAt: Date | null;
  updatedAt: Date;
}

const RULE_FIELDS = [
  'board',
  'approvalNumber',
  'statement',
  'licenseTypes',
  'licenseStates',
  'requiresCompletion',
  'partialCredit',
  'incrementMinutes',
  'unit',
] as const satisfies readonly (keyof CeApprovalRules)[];

/** CE approvals (admins only, declared on the operations) and the records earned under them. */
@Injectable()
export class CeService {
  constructor(
    private readonly access: Access,
    private readonly ce: CeRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Records the approval and the CE records already earned under it. */
  approve(actor: AuthUser, input: ApproveCeInput): Promise<CeApproval> {
    return this.transactions.run(async (manager) => {
      await this.access.require(actor, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId), manager);
      if (!(await this.ce.lockCohorts([input.cohortId], manager)).length) throw new NotFoundError('Cohort');
      const rules = approvalRules(input);
      const approval = await this.ce.insertApproval({ ...rules, cohortId: input.cohortId, approvedById: actor.id }, manager);
      const { written } = await this.ce.refreshRecords({ cohortId: approval.cohortId, approvalId: approval.id, includeCompletion: true }, manager);
      await this.audited(manager, actor, approval, 'ce_approval.created', { after: { ...rules, recordsWritten: written } });
      return toApproval(approval, written);
    });
  }

  /** Corrects an approval (a renewed number, a wider licence list…); its records are computed again. */
  updateApproval(actor: AuthUser, input: UpdateCeApprovalInput): Promise<CeApproval> {
    return this.transactions.run(async (manager) => {
      const before = await this.lockedApproval(actor, input.approvalId, manager);
      const rules = { ...pickRules(before), ...changedRules(input) };
      if ((rules.board !== before.board || rules.approvalNumber !== before.approvalNumber) && (await this.ce.numberTaken({ ...before, ...rules }, manager))) {
        throw new ConflictError('This board already gave this cohort that approval number');
      }
      const approval = await this.ce.updateApproval(before.id, rules, manager);
      const { written, removed } = await this.ce.refreshRecords({ cohortId: approval.cohortId, approvalId: approval.id, includeCompletion: true }, manager);
      const changed = RULE_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(approval[field]));
      await this.audited(manager, actor, approval, 'ce_approval.updated', {
        before: Object.fromEntries(changed.map((field) => [field, before[field]])),
        after: { ...Object.fromEntries(changed.map((field) => [field, approval[field]])), recordsWritten: written, recordsRemoved: removed },
      });
      return toApproval(approval, await this.ce.recordCount(approval.id, manager));
    });
  }

  /** Removes an approval nobody has earned CE under (a mistaken entry); once records exist it stays. */
  removeApproval(actor: AuthUser, approvalId: string): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const approval = await this.lockedApproval(actor, approvalId, manager);
      const records = await this.ce.recordCount(approval.id, manager);
      if (records) throw new ConflictError(`CE records were earned under this approval (${records}); correct it instead`);
      await this.ce.removeApproval(approval.id, manager);
      await this.audited(manager, actor, approval, 'ce_approval.removed', { before: { ...pickRules(approval) } });
      return true;
    });
  }

  async approvals(user: AuthUser, cohortId: string, limit: number): Promise<CeApproval[]> {
    await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    return (await this.ce.approvalsOf(cohortId, limit)).map((approval) => toApproval(approval, approval.recordCount));
  }

  /** The holder's CE records (of valid certificates, or needing none): their own, or anyone's for admins. */
  async records(user: AuthUser, holderId: string, limit: number): Promise<CeRecord[]> {
    await this.access.require(user, Permission.CE_RECORDS_READ, target.user(holderId));
    return (await this.ce.recordsOf(holderId, limit)).map((row) => this.toRecord(row));
  }

  /**
   * A record with what its CE certificate prints, for the holder and admins; null when there is
   * none. The issuer is the one its certificate was issued under, or the program's today.
   */
  async printedRecord(user: AuthUser, recordId: string): Promise<{ record: PrintedCeRecordRow; issuer: PrintedIssuer } | null> {
    const record = await this.ce.printedRecord(recordId);
    if (!record) return null;
    await this.access.require(user, Permission.CE_RECORDS_READ, target.user(record.userId));
    return { record, issuer: await this.issuerOf(record) };
  }

  private async issuerOf(record: PrintedCeRecordRow): Promise<PrintedIssuer> {
    const certificate = record.certificateId ? await this.ce.certificate(record.certificateId) : null;
    if (certificate) {
      const { issuerName, issuerUrl, signatoryName, signatoryTitle, certificateTitle } = printedCertificate(certificate, this.config.publicBaseUrl);
      return { issuerName, issuerUrl, signatoryName, signatoryTitle, certificateTitle };
    }
    return printedIssuer(await this.ce.program(record.programId));
  }

  /** A record as its public page shows it (no licence), with its issuer; null when there is none. */
  async verifiedRecord(recordId: string): Promise<VerifiedCeRecord | null> {
    const record = await this.ce.printedRecord(recordId);
    if (!record) return null;
    return { ...verifiedCredit(record), holderName: record.holderName, programName: record.programName, cohortName: record.cohortName,
      issuer: await this.issuerOf(record), certificateCode: record.certificateCode, revokedAt: record.revokedAt, updatedAt: record.updatedAt,
      deliveryFormat: deliveryFormat(record.modalities) };
  }

  /** What a certificate's public page lists of the CE that came with it. */
  async certificateCredits(certificateId: string): Promise<VerifiedCeCredit[]> {
    return (await this.ce.recordsOfCertificate(certificateId)).map(verifiedCredit);
  }

  toRecord(row: CeRecordRow): CeRecord {
    const { hours, ceus } = ceCredit(row.minutes, row.incrementMinutes, row.unit);
    const { id, approvalId, board, approvalNumber, statement, licenseType, licenseState, licenseNumber, minutes, unit, cohortId, cohortName, userId, certificateId } = row;
    return {
      ...{ id, approvalId, board, approvalNumber, statement, licenseType, licenseState, licenseNumber, minutes, unit, cohortId, cohortName, userId, certificateId },
      hours,
      ceus,
      certificateUrl: ceCertificateUrl(this.config.publicBaseUrl, row.id),
      verifyUrl: ceVerifyUrl(this.config.publicBaseUrl, row.id),
    };
  }

  /** The approval, for those who administer its cohort, locked after its cohort (the order record refreshes take), or NOT_FOUND. */
  private async lockedApproval(actor: AuthUser, approvalId: string, manager: EntityManager): Promise<CeApprovalEntity> {
    await this.access.require(actor, Permission.COHORT_ADMINISTER, target.ceApproval(approvalId), manager);
    const found = await manager.getRepository(CeApprovalEntity).findOneBy({ id: approvalId });
    if (!found) throw new NotFoundError('CE approval');
    await this.ce.lockCohorts([found.cohortId], manager);
    const approval = await this.ce.lockApproval(approvalId, manager);
    if (!approval) throw new NotFoundError('CE approval');
    return approval;
  }

  private audited(
    manager: EntityManager,
    actor: AuthUser,
    approval: CeApprovalEntity,
    action: string,
    change: { before?: Record<string, unknown>; after?: Record<string, unknown> },
  ): Promise<void> {
    return this.audit.record(manager, { actorId: actor.id, action, entityType: 'ce_approval', entityId: approval.id, cohortId: approval.cohortId, ...change });
  }
}

function verifiedCredit(row: CeRecordRow): VerifiedCeCredit {
  const { amount } = ceCredit(row.minutes, row.incrementMinutes, row.unit);
  return { board: row.board, approvalNumber: row.approvalNumber, credit: formatCredit(amount, row.unit) };
}

function approvalRules(input: ApproveCeInput): CeApprovalRules {
  return {
    board: input.board,
    approvalNumber: input.approvalNumber,
    statement: input.statement?.trim() || null,
    licenseTypes: input.licenseTypes,
    licenseStates: input.licenseStates ?? null,
    requiresCompletion: input.requiresCompletion ?? true,
    partialCredit: input.partialCredit ?? true,
    incrementMinutes: input.incrementMinutes ?? 15,
    unit: input.unit ?? CeUnit.HOURS,
  };
}

function pickRules(approval: CeApprovalEntity): CeApprovalRules {
  return Object.fromEntries(RULE_FIELDS.map((field) => [field, approval[field]])) as unknown as CeApprovalRules;
}

/** The fields the input gives; a null statement clears it. */
function changedRules(input: UpdateCeApprovalInput): Partial<CeApprovalRules> {
  const given = Object.fromEntries(RULE_FIELDS.filter((field) => input[field] !== undefined).map((field) => [field, input[field]]));
  if ('statement' in given) given.statement = input.statement?.trim() || null;
  return given as Partial<CeApprovalRules>;
}

function toApproval(approval: CeApprovalEntity, recordCount: number): CeApproval {
  const { id, cohortId, board, approvalNumber, statement, licenseTypes, licenseStates, requiresCompletion, partialCredit, incrementMinutes, unit } = approval;
  return { id, cohortId, board, approvalNumber, statement, licenseTypes, licenseStates, requiresCompletion, partialCredit, incrementMinutes, unit, recordCount };
}
