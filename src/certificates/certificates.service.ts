import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuthUser } from '../auth/auth-user';
import { ProgressEvaluator } from '../completion/progress-evaluator';
import { Transactions } from '../database/transactions';
import { badInput, NotFoundError } from '../errors/domain-errors';
import { CohortWithProgram, ProgramsRepository } from '../programs/programs.repository';
import { normalizeCertificateCode } from './certificate-code';
import { CertificateWriter } from './certificate-writer';
import { CertificateEntity } from './certificate.entity';
import { IssueCertificateInput, ReissueCertificateInput, RevokeCertificateInput } from './certificates.inputs';
import { CertificatesRepository, VerifiedCertificate } from './certificates.repository';

export interface BatchIssuance {
  issued: number;
  alreadyHeld: number;
  notEligible: number;
  certificates: CertificateEntity[];
}

/** Issuing and revoking are for admins (declared on the operations); lists ask Access first. */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly access: Access,
    private readonly certificates: CertificatesRepository,
    private readonly programs: ProgramsRepository,
    private readonly evaluator: ProgressEvaluator,
    private readonly writer: CertificateWriter,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Idempotent: the unique (cohort, user) key and INSERT … ON CONFLICT DO NOTHING let exactly one
   * of any number of concurrent calls insert (and audit); every caller gets that certificate.
   */
  async issue(actor: AuthUser, input: IssueCertificateInput): Promise<CertificateEntity> {
    await this.access.require(actor, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId));
    const held = await this.certificates.held(input.cohortId, input.userId);
    if (held) return held;
    return this.transactions.run(async (manager) => {
      const cohort = await this.cohortWithProgram(input.cohortId, manager);
      await this.requireCohortHeld(cohort.id, input.earlyCompletionReason, manager);
      const [participant] = await this.evaluator.evaluate(cohort.id, { participantIds: [input.userId] }, manager);
      if (!participant) throw badInput('userId', 'is not a participant of this cohort');
      if (!participant.progress.eligible) throw badInput('userId', 'has not met every completion requirement');
      await this.writer.issue(manager, actor.id, cohort, [participant], input.earlyCompletionReason);
      const issued = await this.certificates.held(cohort.id, input.userId, manager);
      if (!issued) throw new NotFoundError('Certificate');
      return issued;
    });
  }

  /** Issues for every eligible participant without a certificate, in a few set-based statements. */
  async issueAll(actor: AuthUser, cohortId: string, earlyCompletionReason?: string): Promise<BatchIssuance> {
    return this.transactions.run(async (manager) => {
      await this.access.require(actor, Permission.COHORT_ADMINISTER, target.cohort(cohortId), manager);
      const cohort = await this.cohortWithProgram(cohortId, manager);
      await this.requireCohortHeld(cohort.id, earlyCompletionReason, manager);
      const participants = await this.evaluator.evaluate(cohortId, {}, manager);
      const eligible = participants.filter((participant) => participant.progress.eligible);
      const heldBy = await this.certificates.holderIds(cohortId, manager);
      const toIssue = eligible.filter((participant) => !heldBy.has(participant.user.id));
      const issued = await this.writer.issue(manager, actor.id, cohort, toIssue, earlyCompletionReason);
      const eligibleIds = new Set(eligible.map((participant) => participant.user.id));
      const certificates = await this.certificates.ofCohort(cohortId, manager);
      return {
        issued,
        alreadyHeld: eligible.length - issued,
        notEligible: participants.length - eligible.length,
        certificates: certificates.filter((certificate) => eligibleIds.has(certificate.userId)),
      };
    });
  }

  revoke(actor: AuthUser, input: RevokeCertificateInput): Promise<CertificateEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(actor, Permission.COHORT_ADMINISTER, target.certificate(input.certificateId), manager);
      return this.writer.revoke(manager, actor.id, input.certificateId, input.reason);
    });
  }

  /**
   * A correction (a new legal name, say): revokes the certificate with the reason and issues a new
   * one, with a new code, from today's name and figures; its CE records go with it.
   */
  reissue(actor: AuthUser, input: ReissueCertificateInput): Promise<CertificateEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(actor, Permission.COHORT_ADMINISTER, target.certificate(input.certificateId), manager);
      const old = await this.writer.revoke(manager, actor.id, input.certificateId, input.reason);
      const cohort = await this.cohortWithProgram(old.cohortId, manager);
      const [participant] = await this.evaluator.evaluate(cohort.id, { participantIds: [old.userId] }, manager);
      if (!participant) throw badInput('certificateId', 'its holder is no longer a participant of the cohort');
      await this.writer.issue(manager, actor.id, cohort, [participant]);
      const replacement = (await this.certificates.held(cohort.id, old.userId, manager))!;
      await this.certificates.moveCeRecords(old.id, replacement.id, manager);
      return replacement;
    });
  }

  /** Certificates say the holder completed the cohort: not before its last required session has ended, unless a reason is given. */
  private async requireCohortHeld(cohortId: string, earlyCompletionReason: string | undefined, manager: EntityManager): Promise<void> {
    if (earlyCompletionReason) return;
    const endsAt = await this.certificates.lastRequiredSessionEnds(cohortId, manager);
    if (endsAt && endsAt.getTime() > Date.now()) {
      throw badInput('earlyCompletionReason', `the cohort's last required session ends ${endsAt.toISOString()}; give a reason to issue before then`);
    }
  }

  /** The cohort's certificates for its faculty and admins; a facilitator's own communities' members'. */
  async listForCohort(user: AuthUser, cohortId: string): Promise<CertificateEntity[]> {
    const decision = await this.access.require(user, Permission.COHORT_RECORDS_READ, target.cohort(cohortId));
    return this.certificates.visibleOfCohort(cohortId, decision.narrowedToFacilitator);
  }

  listOwn(user: AuthUser): Promise<CertificateEntity[]> {
    return this.certificates.ofHolder(user.id);
  }

  /** Whatever the visitor typed: null for anything that cannot be a code, before any SQL. */
  async findByCode(input: string): Promise<CertificateEntity | null> {
    const code = normalizeCertificateCode(input);
    return code ? this.certificates.findByCode(code) : null;
  }

  /** What a public check of `input` is told; null when no certificate has that code. */
  async verify(input: string): Promise<VerifiedCertificate | null> {
    const code = normalizeCertificateCode(input);
    return code ? this.certificates.verificationByCode(code) : null;
  }

  /** Status list positions of every revoked certificate. */
  revokedIndexes(): Promise<number[]> {
    return this.certificates.revokedIndexes();
  }

  private async cohortWithProgram(cohortId: string, manager: EntityManager): Promise<CohortWithProgram> {
    const cohort = await this.programs.cohortWithProgram(cohortId, manager);
    if (!cohort) throw new NotFoundError('Cohort');
    return cohort;
  }
}
