import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { CeRecords } from '../ce/ce-records';
import { EvaluatedParticipant } from '../completion/progress-evaluator';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { CohortWithProgram } from '../programs/programs.repository';
import { generateCertificateCode, normalizeCertificateCode } from './certificate-code';
import { CertificateEntity } from './certificate.entity';
import { CertificateDraft, CertificatesRepository, InsertedCertificate } from './certificates.repository';
import { CredentialSigner } from './credential-signer.service';
import { issuerProfile } from './issuer';

/**
 * Writes issuances and revocations inside the caller's transaction, with their audit rows and CE
 * records. No access check: the service (for admins) and the demo both use it.
 */
@Injectable()
export class CertificateWriter {
  constructor(
    private readonly signer: CredentialSigner,
    private readonly audit: AuditService,
    private readonly certificates: CertificatesRepository,
    private readonly ceRecords: CeRecords,
  ) {}

  /**
   * Inserts certificates for the (eligible) participants; of concurrent issuers only the one whose
   * row lands audits it. Returns how many it inserted.
   */
  async issue(
    manager: EntityManager,
    actorId: string | null,
    cohort: CohortWithProgram,
    participants: EvaluatedParticipant[],
    earlyCompletionReason?: string,
  ): Promise<number> {
    if (!participants.length) return 0;
    // Ordered against CE approvals of the cohort, so every certificate gets every approval's record.
    await this.ceRecords.beforeIssuance(manager, cohort.id);
    const inserted = await this.certificates.insertNew(await this.draft(manager, cohort, participants, actorId), manager);
    if (!inserted.length) return 0;
    await this.audit.recordMany(manager, inserted.map((row) => issuedEntry(actorId, row, earlyCompletionReason)));
    await this.ceRecords.afterIssuance(manager, cohort.id, participants.map((participant) => participant.user.id));
    return inserted.length;
  }

  /** Revoking twice is a CONFLICT: the first reason and date stand. */
  async revoke(manager: EntityManager, actorId: string | null, certificateId: string, reason: string): Promise<CertificateEntity> {
    const certificate = await this.certificates.lock(certificateId, manager);
    if (!certificate) throw new NotFoundError('Certificate');
    if (certificate.revokedAt) throw new ConflictError('This certificate is already revoked');
    const revocation = { revokedAt: new Date(), revocationReason: reason.trim(), revokedById: actorId };
    await this.certificates.revoke(certificate.id, revocation, manager);
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
    const indexes = await this.certificates.nextStatusListIndexes(participants.length, manager);
    // Whole seconds, so the stored issuedAt and the credential's validFrom/nbf agree exactly.
    const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const issuer = issuerProfile(cohort.program);
    return Promise.all(
      participants.map(async (participant, position) => {
        const snapshot = {
          code: normalizeCertificateCode(generateCertificateCode())!,
          userId: participant.user.id,
          holderName: participant.user.fullName,
          programName: cohort.program.name,
          cohortId: cohort.id,
          cohortName: cohort.name,
          cohortStartsOn: cohort.startsOn,
          cohortEndsOn: cohort.endsOn,
          contactMinutes: participant.contactMinutes,
          issuedAt,
          statusListIndex: indexes[position],
        };
        const credentialJwt = await this.signer.signCertificate({ ...snapshot, programId: cohort.programId, issuer });
        return { ...snapshot, ...issuer, ceEligibleMinutes: participant.ceEligibleMinutes, credentialJwt, issuedById };
      }),
    );
  }
}

function issuedEntry(actorId: string | null, row: InsertedCertificate, earlyCompletionReason?: string): AuditEntry {
  return {
    actorId,
    action: 'certificate.issued',
    entityType: 'certificate',
    entityId: row.id,
    cohortId: row.cohort_id,
    after: {
      status: 'VALID', code: row.code, contactMinutes: row.contact_minutes, statusListIndex: row.status_list_index,
      ...(earlyCompletionReason ? { earlyCompletionReason } : {}),
    },
  };
}
