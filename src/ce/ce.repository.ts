import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Not } from 'typeorm';
import { CertificateEntity } from '../certificates/certificate.entity';
import { insertOrConflict } from '../database/insert-or-conflict';
import { ProgramEntity } from '../programs/program.entity';
import { CeApprovalEntity } from './ce-approval.entity';
import { CeUnit } from './ce-unit';
import { CE_QUERIES } from './ce.queries';

export type CeApprovalRules = Pick<
  CeApprovalEntity,
  'board' | 'approvalNumber' | 'statement' | 'licenseTypes' | 'licenseStates' | 'requiresCompletion' | 'partialCredit' | 'incrementMinutes' | 'unit'
>;

export interface StoredCeApproval extends CeApprovalEntity {
  recordCount: number;
}

/** A record as clients read it (ce.queries.ts RECORD_COLUMNS). */
export interface CeRecordRow {
  id: string;
  userId: string;
  minutes: number;
  licenseType: string | null;
  licenseState: string | null;
  licenseNumber: string | null;
  certificateId: string | null;
  updatedAt: Date;
  approvalId: string;
  board: string;
  approvalNumber: string;
  statement: string | null;
  unit: CeUnit;
  incrementMinutes: number;
  cohortId: string;
  cohortName: string;
}

/** A record with what its CE certificate prints. */
export interface PrintedCeRecordRow extends CeRecordRow {
  holderName: string;
  programId: string;
  programName: string;
  cohortStartsOn: string;
  cohortEndsOn: string;
  certificateCode: string | null;
  revokedAt: Date | null;
  modalities: string[];
}

/** Which records a refresh may touch (see ce.queries.ts refreshRecords). */
export interface RefreshScope {
  cohortId: string;
  userIds?: readonly string[];
  approvalId?: string;
  /** Also approvals that require completion: at issuance and when an approval changes. */
  includeCompletion: boolean;
}

export interface RefreshOutcome {
  written: number;
  removed: number;
}

/** CE approvals and the records earned under them. */
@Injectable()
export class CeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Orders record refreshes of these cohorts (ce.queries.ts); the ids that exist. */
  async lockCohorts(cohortIds: readonly string[], manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(CE_QUERIES.lockCohorts, [cohortIds]);
    return rows.map((row) => row.id);
  }

  async lockCohortForIssuance(cohortId: string, manager: EntityManager): Promise<void> {
    await manager.query(CE_QUERIES.lockCohortForIssuance, [cohortId]);
  }

  async approvedCohortsOf(userIds: readonly string[], manager: EntityManager): Promise<string[]> {
    const rows: { cohortId: string }[] = await manager.query(CE_QUERIES.approvedCohortsOf, [userIds]);
    return rows.map((row) => row.cohortId);
  }

  /** Call with the cohort locked (lockCohorts or lockCohortForIssuance). */
  async refreshRecords(scope: RefreshScope, manager: EntityManager): Promise<RefreshOutcome> {
    const [outcome]: RefreshOutcome[] = await manager.query(CE_QUERIES.refreshRecords, [
      scope.cohortId,
      scope.userIds ?? null,
      scope.approvalId ?? null,
      scope.includeCompletion,
    ]);
    return outcome;
  }

  /** The new approval, or CONFLICT when the board already gave the cohort this approval number. */
  async insertApproval(values: CeApprovalRules & Pick<CeApprovalEntity, 'cohortId' | 'approvedById'>, manager: EntityManager): Promise<CeApprovalEntity> {
    const { id } = await insertOrConflict(manager, CeApprovalEntity, values, 'This board already gave this cohort that approval number');
    return manager.getRepository(CeApprovalEntity).findOneByOrFail({ id });
  }

  /** The approval, locked until the transaction ends. */
  lockApproval(id: string, manager: EntityManager): Promise<CeApprovalEntity | null> {
    return manager.getRepository(CeApprovalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether another approval of the cohort has this board and number. */
  numberTaken(approval: Pick<CeApprovalEntity, 'id' | 'cohortId' | 'board' | 'approvalNumber'>, manager: EntityManager): Promise<boolean> {
    const { id, cohortId, board, approvalNumber } = approval;
    return manager.getRepository(CeApprovalEntity).existsBy({ id: Not(id), cohortId, board, approvalNumber });
  }

  async updateApproval(id: string, rules: CeApprovalRules, manager: EntityManager): Promise<CeApprovalEntity> {
    await manager.getRepository(CeApprovalEntity).update(id, rules);
    return manager.getRepository(CeApprovalEntity).findOneByOrFail({ id });
  }

  async removeApproval(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(CeApprovalEntity).delete(id);
  }

  async recordCount(approvalId: string, manager: EntityManager): Promise<number> {
    const [row]: { count: number }[] = await manager.query(CE_QUERIES.recordCounts, [[approvalId]]);
    return row?.count ?? 0;
  }

  /** The approvals of the cohort, oldest first, with how many records each has: two statements. */
  async approvalsOf(cohortId: string, limit: number): Promise<StoredCeApproval[]> {
    const approvals = await this.dataSource.getRepository(CeApprovalEntity).find({ where: { cohortId }, order: { createdAt: 'ASC', id: 'ASC' }, take: limit });
    const counts: { approvalId: string; count: number }[] = await this.dataSource.query(CE_QUERIES.recordCounts, [approvals.map((approval) => approval.id)]);
    const countOf = new Map(counts.map((row) => [row.approvalId, row.count]));
    return approvals.map((approval) => ({ ...approval, recordCount: countOf.get(approval.id) ?? 0 }));
  }

  recordsOf(holderId: string, limit: number): Promise<CeRecordRow[]> {
    return this.dataSource.query(CE_QUERIES.recordsOf, [holderId, limit]);
  }

  recordsOfCertificate(certificateId: string): Promise<CeRecordRow[]> {
    return this.dataSource.query(CE_QUERIES.recordsOfCertificate, [certificateId]);
  }

  certificate(id: string): Promise<CertificateEntity | null> {
    return this.dataSource.getRepository(CertificateEntity).findOneBy({ id });
  }

  program(id: string): Promise<ProgramEntity> {
    return this.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id });
  }

  async printedRecord(recordId: string): Promise<PrintedCeRecordRow | null> {
    const [row]: PrintedCeRecordRow[] = await this.dataSource.query(CE_QUERIES.printedRecord, [recordId]);
    return row ?? null;
  }
}
