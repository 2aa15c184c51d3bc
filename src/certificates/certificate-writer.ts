import { EntityManager } from 'typeorm';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { createCeRecordsForCertificates, lockCohortForIssuance } from '../ce/ce-records';
import { EvaluatedParticipant } from '../completion/evaluate-participants';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { CohortEntity } from '../programs/cohort.entity';
import { ProgramEntity } from '../programs/program.entity';
import { generateCertificateCode, normalizeCertificateCode } from './certificate-code';
import { CertificateEntity, STATUS_LIST_INDEX_SEQUENCE } from './certificate.entity';
import { CredentialSigner } from './credential-signer.service';

export type CohortWithProgram = CohortEntity & { program: ProgramEntity };

type CertificateDraft = Omit<CertificateEntity, 'id' | 'cohort' | 'user' | 'revokedAt' | 'revocationReason' | 'revokedById'>;

interface InsertedRow {
  id: string;
  cohort_id: string;
  code: string;
  contact_minutes: number;
  status_list_index: number;
}

/** Rows per INSERT: 15 columns each stays far below PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 2000;

/**
 * Writes issuances and revocations inside the caller's transaction, with their audit rows and CE
 * records. Plain class: the service (after its authorization checks) and the demo both use it.
 */
export class CertificateWriter {
  constructor(
    private readonly signer: CredentialSigner,
    private readonly audit: AuditService,
  ) {}

  /**
   * Inserts certificates for the (eligible) participants with INSERT … ON CONFLICT DO NOTHING:
   * of concurrent issuers only the one whose row lands audits it. Returns how many it inserted.
   */
  async issue(manager: EntityManager, actorId: string | null, cohort: CohortWithProgram, participants: EvaluatedParticipant[]): Promise<number> {
    if (!participants.length) return 0;
    // Ordered against CE approvals of the cohort, so every certificate gets every approval's record.
    await lockCohortForIssuance(manager, cohort.id);
    const drafts = await this.draft(manager, cohort, participants, actorId);
    const inserted: InsertedRow[] = [];
    for (let start = 0; start < drafts.length; start += INSERT_CHUNK) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(CertificateEntity)
        .values(drafts.slice(start, start + INSERT_CHUNK))
        .orIgnore()
        .returning('id, cohort_id, code, contact_minutes, status_list_index')
        .execute();
      inserted.push(...(result.raw as InsertedRow[]));
    }
    if (!inserted.length) return 0;
    await this.audit.recordMany(manager, inserted.map((row) => issuedEntry(actorId, row)));
    await createCeRecordsForCertificates(manager, inserted.map((row) => row.id));
    return inserted.length;
  }

  /** Revoking twice is a CONFLICT: the first reason and date stand. */
  async revoke(manager: EntityManager, actorId: string | null, certificateId: string, reason: string): Promise<CertificateEntity> {
    const certificates = manager.getRepository(CertificateEntity);
    const certificate = await certificates.findOne({ where: { id: certificateId }, lock: { mode: 'pessimistic_write' } });
    if (!certificate) throw new NotFoundError('Certificate');
    if (certificate.revokedAt) throw new ConflictError('This certificate is already revoked');
    const revocation = { revokedAt: new Date(), revocationReason: reason.trim(), revokedById: actorId };
    await certificates.update(certificate.id, revocation);
    await this.audit.record(manager, {
      actorId,
      action: 'certificate.revoked',
      entityType: 'certificate',
      entityId: certificate.id,
      cohortId: certificate.cohortId,
      before: { status: 'VALID' },
      after: { status: 'REVOKED', reason: revocation.revocationReason },
    });
    return { ...certificate, ...revocation };
  }

  /** Codes, status list positions (one statement for all) and signed credentials, with snapshots. */
  private async draft(
    manager: EntityManager,
    cohort: CohortWithProgram,
    participants: EvaluatedParticipant[],
    issuedById: string | null,
  ): Promise<CertificateDraft[]> {
    const indexes: { index: number }[] = await manager.query(
      `SELECT nextval('${STATUS_LIST_INDEX_SEQUENCE}')::int AS index FROM generate_series(1, $1::int)`,
      [participants.length],
    );
    // Whole seconds, so the stored issuedAt and the credential's validFrom/nbf agree exactly.
    const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    return Promise.all(
      participants.map(async (participant, position) => {
        const facts = {
          code: normalizeCertificateCode(generateCertificateCode())!,
          userId: participant.user.id,
          holderName: participant.user.fullName,
          programName: cohort.program.name,
          cohortId: cohort.id,
          cohortName: cohort.name,
          cohortStartsOn: cohort.startsOn,
          cohortEndsOn: cohort.endsOn,
          contactMinutes: participant.totalContactMinutes,
          issuedAt,
          statusListIndex: indexes[position].index,
        };
        const credentialJwt = await this.signer.signCertificate(facts);
        return { ...facts, ceEligibleMinutes: participant.ceEligibleMinutes, credentialJwt, issuedById };
      }),
    );
  }
}

function issuedEntry(actorId: string | null, row: InsertedRow): AuditEntry {
  return {
    actorId,
    action: 'certificate.issued',
    entityType: 'certificate',
    entityId: row.id,
    cohortId: row.cohort_id,
    after: { status: 'VALID', code: row.code, contactMinutes: row.contact_minutes, statusListIndex: row.status_list_index },
  };
}

/** The cohort with its program (for the snapshots), or NOT_FOUND. */
export async function cohortWithProgram(manager: EntityManager, cohortId: string): Promise<CohortWithProgram> {
  const cohort = await manager.getRepository(CohortEntity).findOne({ where: { id: cohortId }, relations: { program: true } });
  if (!cohort?.program) throw new NotFoundError('Cohort');
  return cohort as CohortWithProgram;
}
