import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { PreparedStatements } from '../database/prepared-statements';
import { CertificateEntity } from './certificate.entity';
import { CERTIFICATES_QUERIES } from './certificates.queries';

export type CertificateDraft = Omit<CertificateEntity, 'id' | 'cohort' | 'user' | 'revokedAt' | 'revocationReason' | 'revokedById'>;

/** The columns a verification returns. */
export type VerifiedCertificate = Pick<
  CertificateEntity,
  'code' | 'holderName' | 'programName' | 'cohortName' | 'issuedAt' | 'contactMinutes' | 'revokedAt' | 'revocationReason'
>;

export type Revocation = Pick<CertificateEntity, 'revokedAt' | 'revocationReason' | 'revokedById'>;

/** What an issuance audits of each certificate it inserted. */
export interface InsertedCertificate {
  id: string;
  cohort_id: string;
  code: string;
  contact_minutes: number;
  status_list_index: number;
}

/** Rows per INSERT: 20 parameters each (40,000 a statement) stays below PostgreSQL's 65,535. */
const INSERT_CHUNK = 2000;

/** Every query on certificates. */
@Injectable()
export class CertificatesRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly prepared: PreparedStatements,
  ) {}

  /** The holder's valid certificate of the cohort, if any. */
  held(cohortId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<CertificateEntity | null> {
    return manager.getRepository(CertificateEntity).findOneBy({ cohortId, userId, revokedAt: IsNull() });
  }

  /** `code` normalized (no dashes, upper case). */
  findByCode(code: string): Promise<CertificateEntity | null> {
    return this.dataSource.getRepository(CertificateEntity).findOneBy({ code });
  }

  /** `code` normalized; the hottest read of the service (employers, boards and scrapers), hence prepared. */
  async verificationByCode(code: string): Promise<VerifiedCertificate | null> {
    const [row] = await this.prepared.rows<VerifiedCertificate>('certificates.verification', CERTIFICATES_QUERIES.verification, [code]);
    return row ?? null;
  }

  /** Newest first; a reissue shares its second with the revocation it replaces, so the valid one leads. */
  ofHolder(userId: string): Promise<CertificateEntity[]> {
    return this.dataSource
      .getRepository(CertificateEntity)
      .find({ where: { userId }, order: { issuedAt: 'DESC', revokedAt: { direction: 'ASC', nulls: 'FIRST' }, id: 'ASC' } });
  }

  /** Whether the cohort has ever issued a certificate (revoked ones count). */
  issuedAny(cohortId: string): Promise<boolean> {
    return this.dataSource.getRepository(CertificateEntity).existsBy({ cohortId });
  }

  /** Who holds a certificate of the cohort. */
  async holderIds(cohortId: string, manager: EntityManager): Promise<Set<string>> {
    const held = await manager.getRepository(CertificateEntity).find({ where: { cohortId, revokedAt: IsNull() }, select: { userId: true } });
    return new Set(held.map((certificate) => certificate.userId));
  }

  /** Every certificate of the cohort by holder name. */
  ofCohort(cohortId: string, manager: EntityManager = this.dataSource.manager): Promise<CertificateEntity[]> {
    return manager.getRepository(CertificateEntity).find({ where: { cohortId }, order: { holderName: 'ASC', id: 'ASC' } });
  }

  /** The cohort's certificates by holder; only those of a facilitator's community members when `facilitatorId` is given. */
  visibleOfCohort(cohortId: string, facilitatorId: string | null): Promise<CertificateEntity[]> {
    return this.dataSource.query(CERTIFICATES_QUERIES.cohortCertificates, [cohortId, facilitatorId]);
  }

  async revokedIndexes(): Promise<number[]> {
    const revoked = await this.dataSource
      .getRepository(CertificateEntity)
      .find({ select: { statusListIndex: true }, where: { revokedAt: Not(IsNull()) } });
    return revoked.map((certificate) => certificate.statusListIndex);
  }

  async nextStatusListIndexes(count: number, manager: EntityManager): Promise<number[]> {
    const rows: { index: number }[] = await manager.query(CERTIFICATES_QUERIES.nextStatusListIndexes, [count]);
    return rows.map((row) => row.index);
  }

  /**
   * INSERT … ON CONFLICT DO NOTHING: of concurrent issuers only the one whose row lands gets it
   * back. Returns the rows this call inserted.
   */
  async insertNew(drafts: CertificateDraft[], manager: EntityManager): Promise<InsertedCertificate[]> {
    const inserted: InsertedCertificate[] = [];
    for (let start = 0; start < drafts.length; start += INSERT_CHUNK) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(CertificateEntity)
        .values(drafts.slice(start, start + INSERT_CHUNK))
        .orIgnore()
        .returning('id, cohort_id, code, contact_minutes, status_list_index')
        .execute();
      inserted.push(...(result.raw as InsertedCertificate[]));
    }
    return inserted;
  }

  async lastRequiredSessionEnds(cohortId: string, manager: EntityManager): Promise<Date | null> {
    const [row]: { ends_at: Date | null }[] = await manager.query(CERTIFICATES_QUERIES.lastRequiredSessionEnds, [cohortId]);
    return row.ends_at;
  }

  /** The CE records still on a revoked certificate become its replacement's (issuance took over those earned today). */
  async moveCeRecords(fromCertificateId: string, toCertificateId: string, manager: EntityManager): Promise<void> {
    await manager.query(CERTIFICATES_QUERIES.moveCeRecords, [fromCertificateId, toCertificateId]);
  }

  /** The certificate, locked until the transaction ends. */
  lock(id: string, manager: EntityManager): Promise<CertificateEntity | null> {
    return manager.getRepository(CertificateEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async revoke(id: string, revocation: Revocation, manager: EntityManager): Promise<void> {
    await manager.getRepository(CertificateEntity).update(id, revocation);
  }
}
