import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { ceCredit } from '../ce/ce-credit';
import { CeService } from '../ce/ce.service';
import { CeApproval } from '../ce/ce.models';
import { Certificate } from '../certificates/certificates.models';
import { CertificatesRepository } from '../certificates/certificates.repository';
import { CompletionService } from '../completion/completion.service';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { NotFoundError } from '../errors/domain-errors';
import { transcriptPdfUrl } from '../transcripts/transcript-pdf-url';
import { TranscriptsRepository } from '../transcripts/transcripts.repository';
import { HoursTranscript } from '../transcripts/transcripts.models';
import { csvFileName } from './csv-format';
import { AttendanceExport, CeRosterExport, CeRosterRow, CertificatesExport, CohortProgressExport, TranscriptsExport } from './exports.models';
import { ExportsRepository, RosterApproval, RosterRow } from './exports.repository';

/** What an audit row says was exported (never who or what was in it). */
type ExportKind = 'progress' | 'attendance' | 'transcripts' | 'ce-roster' | 'ce-broker-roster' | 'certificates';

/** How the rows leave: the whole export as CSV, or a page of them through GraphQL. */
export type ExportDelivery = { format: 'csv' } | { format: 'graphql'; first: number; offset: number };

export const WHOLE_CSV: ExportDelivery = { format: 'csv' };

/** An export's rows (those delivered) and the name its CSV file takes. */
export interface Delivered<T> {
  data: T;
  fileName: string;
}

/** The cohort as the access check read it (to_jsonb of its row). */
interface CohortRecord {
  name: string;
  time_zone: string;
}

/**
 * Exports for those who administer a cohort (admins and the program's coordinators). Each reads
 * through the domain that computes the figures (completion, transcripts, certificates, CE records),
 * and writes one audit row: what kind, in which format, how many rows; nothing about anyone in them.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly access: Access,
    private readonly exports: ExportsRepository,
    private readonly completion: CompletionService,
    private readonly transcripts: TranscriptsRepository,
    private readonly certificates: CertificatesRepository,
    private readonly ce: CeService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** A row per participant, each requirement's standing as completion computes it. */
  async progress(user: AuthUser, cohortId: string, delivery: ExportDelivery): Promise<Delivered<CohortProgressExport>> {
    const cohort = await this.administeredCohort(user, cohortId);
    const [requirements, participants] = await Promise.all([this.completion.requirements(user, cohortId), this.completion.cohortProgress(user, cohortId)]);
    const rows = await this.delivered(user, { cohortId, kind: 'progress' }, participants, delivery);
    return { data: { cohortId, requirements, totalCount: participants.length, rows }, fileName: csvFileName(cohort.name, 'progress') };
  }

  /** Every attendance recorded for the cohort's participants, with the minutes that count. */
  async attendance(user: AuthUser, cohortId: string, delivery: ExportDelivery): Promise<Delivered<AttendanceExport>> {
    const cohort = await this.administeredCohort(user, cohortId);
    const all = await this.exports.attendanceRows(cohortId);
    const rows = await this.delivered(user, { cohortId, kind: 'attendance' }, all, delivery);
    return {
      data: {
        cohortId,
        timeZone: cohort.time_zone,
        totalCount: all.length,
        rows: rows.map(({ userId, fullName, ...row }) => ({ ...row, participant: { id: userId, fullName } })),
      },
      fileName: csvFileName(cohort.name, 'attendance'),
    };
  }

  /** Every participant's hours transcript, computed once for the whole cohort. */
  async transcriptsOf(user: AuthUser, cohortId: string, delivery: ExportDelivery): Promise<Delivered<TranscriptsExport>> {
    const cohort = await this.administeredCohort(user, cohortId);
    const all = await this.transcripts.transcriptsOfCohort(cohortId);
    const rows = await this.delivered(user, { cohortId, kind: 'transcripts' }, all, delivery);
    const publicBaseUrl = this.config.publicBaseUrl;
    return {
      data: { cohortId, totalCount: all.length, rows: rows.map((row) => HoursTranscript.from(row, transcriptPdfUrl(publicBaseUrl, cohortId, row.userId))) },
      fileName: csvFileName(cohort.name, 'hours-transcripts'),
    };
  }

  /** Every certificate of the cohort, valid and revoked. */
  async certificatesOf(user: AuthUser, cohortId: string, delivery: ExportDelivery): Promise<Delivered<CertificatesExport>> {
    const cohort = await this.administeredCohort(user, cohortId);
    const all = await this.certificates.ofCohort(cohortId);
    const rows = await this.delivered(user, { cohortId, kind: 'certificates' }, all, delivery);
    return {
      data: { cohortId, timeZone: cohort.time_zone, totalCount: all.length, rows: rows.map((row) => Certificate.from(row, this.config.publicBaseUrl)) },
      fileName: csvFileName(cohort.name, 'certificates'),
    };
  }

  /** The board's roster under one approval; `ceBroker` only names the layout in the audit row and the file. */
  async ceRoster(user: AuthUser, approvalId: string, delivery: ExportDelivery, ceBroker = false): Promise<Delivered<CeRosterExport>> {
    await this.access.require(user, Permission.COHORT_ADMINISTER, target.ceApproval(approvalId));
    const approval = await this.exports.approval(approvalId);
    if (!approval) throw new NotFoundError('CE approval');
    const all = await this.exports.rosterRows(approvalId);
    const kind: ExportKind = ceBroker ? 'ce-broker-roster' : 'ce-roster';
    const rows = await this.delivered(user, { cohortId: approval.cohortId, approvalId, kind }, all, delivery);
    const full = ceCredit(approval.courseMinutes, approval.incrementMinutes, approval.unit);
    const { id, cohortId, board, approvalNumber, unit } = approval;
    return {
      data: { approvalId: id, cohortId, board, approvalNumber, unit, courseHours: full.hours, totalCount: all.length, rows: rows.map((row) => rosterRow(row, approval, full.hours)) },
      fileName: csvFileName(kind, board, approvalNumber),
    };
  }

  /** What the exports page lists: the cohort's name and its CE approvals (each with a roster). */
  async catalogue(user: AuthUser, cohortId: string, approvalsListed: number): Promise<{ cohortName: string; approvals: CeApproval[] }> {
    const cohort = await this.administeredCohort(user, cohortId);
    return { cohortName: cohort.name, approvals: await this.ce.approvals(user, cohortId, approvalsListed) };
  }

  private async administeredCohort(user: AuthUser, cohortId: string): Promise<CohortRecord> {
    const decision = await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    return decision.record as unknown as CohortRecord;
  }

  /** The rows the delivery takes, after the audit row saying how many left. */
  private async delivered<T>(
    user: AuthUser,
    subject: { cohortId: string; approvalId?: string; kind: ExportKind },
    all: T[],
    delivery: ExportDelivery,
  ): Promise<T[]> {
    const rows = delivery.format === 'csv' ? all : all.slice(delivery.offset, delivery.offset + delivery.first);
    await this.transactions.run((manager) =>
      this.audit.record(manager, {
        actorId: user.id,
        action: 'export.downloaded',
        entityType: subject.approvalId ? 'ce_approval' : 'cohort',
        entityId: subject.approvalId ?? subject.cohortId,
        cohortId: subject.cohortId,
        after: { kind: subject.kind, format: delivery.format, rows: rows.length },
      }),
    );
    return rows;
  }
}

function rosterRow(row: RosterRow, approval: RosterApproval, courseHours: number): CeRosterRow {
  const { hours, ceus, amount } = ceCredit(row.minutes, approval.incrementMinutes, approval.unit);
  const { userId, fullName, licenseType, licenseState, licenseNumber, completedOn, minutes } = row;
  return { participant: { id: userId, fullName }, licenseType, licenseState, licenseNumber, completedOn, minutes, hours, ceus, credit: amount, partialCredit: hours < courseHours };
}
