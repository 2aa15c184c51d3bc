import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { CertificatesRepository } from './certificates.repository';
import { DEPLOYMENT_ISSUER, issuerProfile } from './issuer';
import {
  AchievementDocument,
  buildAchievement,
  buildIssuerProfile,
  deploymentIssuerId,
  IssuerProfileDocument,
  issuerId,
  withContext,
} from './open-badge-credential';

type Served<T> = T & { '@context': string[] };

/**
 * What a credential's `issuer.id` and `achievement.id` resolve to: the same builders as the
 * credential, from the program's profile as of today. Null for anything unknown, before any SQL
 * when the id cannot be one.
 */
@Injectable()
export class OpenBadgeDocuments {
  constructor(
    private readonly config: AppConfig,
    private readonly programs: ProgramsRepository,
    private readonly certificates: CertificatesRepository,
  ) {}

  async issuer(programId: string): Promise<Served<IssuerProfileDocument> | null> {
    const program = isUuid(programId) ? await this.programs.programById(programId.toLowerCase()) : null;
    if (!program) return null;
    return withContext(buildIssuerProfile(issuerId(this.config.publicBaseUrl, program.id), issuerProfile(program)));
  }

  /** The deployment's own issuer, named by the status list and by credentials older than program profiles. */
  deploymentIssuer(): Served<IssuerProfileDocument> {
    return withContext(buildIssuerProfile(deploymentIssuerId(this.config.publicBaseUrl), DEPLOYMENT_ISSUER));
  }

  /** Only a cohort that has issued certificates publishes its achievement: others stay unnamed to the public. */
  async achievement(cohortId: string): Promise<Served<AchievementDocument> | null> {
    const cohort = isUuid(cohortId) ? await this.programs.cohortWithProgram(cohortId.toLowerCase()) : null;
    if (!cohort || !(await this.certificates.issuedAny(cohort.id))) return null;
    return withContext(
      buildAchievement({
        publicBaseUrl: this.config.publicBaseUrl,
        issuer: issuerProfile(cohort.program),
        programId: cohort.programId,
        programName: cohort.program.name,
        cohortId: cohort.id,
        cohortName: cohort.name,
      }),
    );
  }
}
