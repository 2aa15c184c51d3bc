import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { evaluateParticipants } from '../completion/evaluate-participants';
import { badInput } from '../errors/domain-errors';
import { CohortAccess } from '../programs/cohort-access.service';
import { normalizeCertificateCode } from './certificate-code';
import { CertificateWriter, cohortWithProgram } from './certificate-writer';
import { CertificateEntity } from './certificate.entity';
import { IssueCertificateInput, RevokeCertificateInput } from './certificates.inputs';
import { CredentialSigner } from './credential-signer.service';

export interface BatchIssuance {
  issued: number;
  alreadyHeld: number;
  notEligible: number;
  certificates: CertificateEntity[];
}

@Injectable()
export class CertificatesService {
  private readonly writer: CertificateWriter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    signer: CredentialSigner,
    audit: AuditService,
  ) {
    this.writer = new CertificateWriter(signer, audit);
  }

  /**
   * Idempotent: the unique (cohort, user) key and INSERT … ON CONFLICT DO NOTHING let exactly one
   * of any number of concurrent calls insert (and audit); every caller gets that certificate.
   */
  async issue(actor: AuthUser, input: IssueCertificateInput): Promise<CertificateEntity> {
    const held = await this.certificates().findOneBy({ cohortId: input.cohortId, userId: input.userId });
    if (held) return held;
    return this.dataSource.transaction(async (manager) => {
      const cohort = await cohortWithProgram(manager, input.cohortId);
      const [participant] = await evaluateParticipants(manager, cohort.id, [input.userId]);
      if (!participant) throw badInput('userId', 'is not a participant of this cohort');
      if (!participant.progress.eligible) throw badInput('userId', 'has not met every completion requirement');
      await this.writer.issue(manager, actor.id, cohort, [participant]);
      return manager.getRepository(CertificateEntity).findOneByOrFail({ cohortId: cohort.id, userId: input.userId });
    });
  }

  /** Issues for every eligible participant without a certificate, in a few set-based statements. */
  async issueAll(actor: AuthUser, cohortId: string): Promise<BatchIssuance> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await cohortWithProgram(manager, cohortId);
      const participants = await evaluateParticipants(manager, cohortId, null);
      const eligible = participants.filter((participant) => participant.progress.eligible);
      const held = await manager.getRepository(CertificateEntity).find({ where: { cohortId }, select: { userId: true } });
      const heldBy = new Set(held.map((certificate) => certificate.userId));
      const toIssue = eligible.filter((participant) => !heldBy.has(participant.user.id));
      const issued = await this.writer.issue(manager, actor.id, cohort, toIssue);
      const eligibleIds = new Set(eligible.map((participant) => participant.user.id));
      const certificates = await manager.getRepository(CertificateEntity).find({ where: { cohortId }, order: { holderName: 'ASC' } });
      return {
        issued,
        alreadyHeld: eligible.length - issued,
        notEligible: participants.length - eligible.length,
        certificates: certificates.filter((certificate) => eligibleIds.has(certificate.userId)),
      };
    });
  }

  revoke(actor: AuthUser, input: RevokeCertificateInput): Promise<CertificateEntity> {
    return this.dataSource.transaction((manager) => this.writer.revoke(manager, actor.id, input.certificateId, input.reason));
  }

  async listForCohort(user: AuthUser, cohortId: string): Promise<CertificateEntity[]> {
    await this.access.requireStaffOrAdmin(user, cohortId);
    return this.certificates().find({ where: { cohortId }, order: { holderName: 'ASC', id: 'ASC' } });
  }

  listOwn(user: AuthUser): Promise<CertificateEntity[]> {
    return this.certificates().find({ where: { userId: user.id }, order: { issuedAt: 'DESC' } });
  }

  /** Whatever the visitor typed: null for anything that cannot be a code, before any SQL. */
  async findByCode(input: string): Promise<CertificateEntity | null> {
    const code = normalizeCertificateCode(input);
    return code ? this.certificates().findOneBy({ code }) : null;
  }

  /** Status list positions of every revoked certificate. */
  async revokedIndexes(): Promise<number[]> {
    const revoked = await this.certificates().find({ select: { statusListIndex: true }, where: { revokedAt: Not(IsNull()) } });
    return revoked.map((certificate) => certificate.statusListIndex);
  }

  private certificates() {
    return this.dataSource.getRepository(CertificateEntity);
  }
}
