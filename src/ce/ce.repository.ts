import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { insertOrConflict } from '../database/insert-or-conflict';
import { CeApprovalEntity } from './ce-approval.entity';
import { CeRecordEntity } from './ce-record.entity';
import { CE_QUERIES } from './ce.queries';

type NewApproval = Pick<CeApprovalEntity, 'cohortId' | 'board' | 'approvalNumber' | 'statement' | 'approvedById'>;

/** CE approvals and records; see ce.queries.ts for the locks that order their creation. */
@Injectable()
export class CeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lockCohortForIssuance(cohortId: string, manager: EntityManager): Promise<void> {
    await manager.query(CE_QUERIES.lockCohortForIssuance, [cohortId]);
  }

  /** False when the cohort does not exist. */
  async lockCohortForApproval(cohortId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(CE_QUERIES.lockCohortForApproval, [cohortId]);
    return rows.length > 0;
  }

  /** The new approval, or CONFLICT when the board has already approved the cohort. */
  async insertApproval(values: NewApproval, manager: EntityManager): Promise<CeApprovalEntity> {
    const { id } = await insertOrConflict(manager, CeApprovalEntity, values, 'This board has already approved this cohort');
    return manager.getRepository(CeApprovalEntity).findOneByOrFail({ id });
  }

  /** How many records were created. */
  async createRecordsForCertificates(certificateIds: string[], manager: EntityManager): Promise<number> {
    const rows: unknown[] = await manager.query(CE_QUERIES.createRecordsForCertificates, [certificateIds]);
    return rows.length;
  }

  /** How many records were created. */
  async createRecordsForApproval(approvalId: string, manager: EntityManager): Promise<number> {
    const rows: unknown[] = await manager.query(CE_QUERIES.createRecordsForApproval, [approvalId]);
    return rows.length;
  }

  /** The holder's records of valid certificates, newest certificate first, with approval and certificate. */
  recordsOf(holderId: string): Promise<CeRecordEntity[]> {
    return this.dataSource.getRepository(CeRecordEntity).find({
      where: { userId: holderId, certificate: { revokedAt: IsNull() } },
      relations: { approval: true, certificate: true },
      order: { certificate: { issuedAt: 'DESC' }, approval: { board: 'ASC' } },
    });
  }

  /** The record of this approval on the certificate with this (normalized) code, with both. */
  recordByCode(code: string, approvalId: string): Promise<CeRecordEntity | null> {
    return this.dataSource.getRepository(CeRecordEntity).findOne({
      where: { approvalId, certificate: { code } },
      relations: { approval: true, certificate: true },
    });
  }
}
