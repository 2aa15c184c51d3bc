import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { badInput, NotFoundError } from '../errors/domain-errors';
import { isUuid } from '../graphql/uuid.pipe';
import { JournalAssignmentEntity } from '../journals/journal-assignment.entity';
import { CLAIM, JOURNAL_ASSIGNMENT_PARAMETER } from './lti-claims';
import { LtiContextLinkEntity } from './lti-context-link.entity';
import { DeepLinkRequest, LtiLaunchEntity } from './lti-launch.entity';
import { LtiToolKeys } from './lti-tool-keys';

/** How long after the launch an instructor may take to choose. */
const CHOOSING_MINUTES = 60;

export interface DeepLinkChoice {
  launchId: string;
  courseTitle: string | null;
  /** The cohort's, in which due dates are shown. */
  timeZone: string;
  assignments: JournalAssignmentEntity[];
}

export interface DeepLinkResponse {
  returnUrl: string;
  jwt: string;
}

/** Deep Linking 2.0: an instructor picks one of the cohort's journal assignments, and the course gets a link to it with a gradebook column. */
@Injectable()
export class LtiDeepLinks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly keys: LtiToolKeys,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** The assignments to choose from; NOT_FOUND for anyone but the instructor who launched, and once chosen or stale. */
  async choice(user: AuthUser, launchId: string): Promise<DeepLinkChoice> {
    const { request } = await this.pending(user, launchId);
    const link = await this.dataSource.getRepository(LtiContextLinkEntity).findOneOrFail({ where: { id: request.contextLinkId }, relations: { cohort: true } });
    const assignments = await this.dataSource.getRepository(JournalAssignmentEntity).find({ where: { cohortId: link.cohortId }, order: { dueAt: 'ASC', title: 'ASC' }, take: 200 });
    return { launchId, courseTitle: link.contextTitle, timeZone: link.cohort!.timeZone, assignments };
  }

  /** The signed LtiDeepLinkingResponse for the chosen assignment, and where the browser posts it. */
  respond(user: AuthUser, launchId: string, assignmentId: unknown): Promise<DeepLinkResponse> {
    return this.transactions.run(async (manager) => {
      const { launch, request } = await this.pending(user, launchId);
      const link = await manager.getRepository(LtiContextLinkEntity).findOneOrFail({ where: { id: request.contextLinkId }, relations: { platform: true } });
      const assignment = isUuid(assignmentId) ? await manager.getRepository(JournalAssignmentEntity).findOneBy({ id: assignmentId.toLowerCase(), cohortId: link.cohortId }) : null;
      if (!assignment) throw badInput('assignmentId', 'choose one of the journal assignments listed');
      const used = await manager.getRepository(LtiLaunchEntity).update({ id: launch.id, deepLinkedAt: IsNull() }, { deepLinkedAt: new Date() });
      if (!used.affected) throw new NotFoundError('Deep-linking request');
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'lti_context.assignment_linked',
        entityType: 'lti_context_link',
        entityId: link.id,
        cohortId: link.cohortId,
        after: { journalAssignmentId: assignment.id },
      });
      return { returnUrl: request.returnUrl, jwt: await this.signedResponse(link, request, assignment) };
    });
  }

  private async pending(user: AuthUser, launchId: string): Promise<{ launch: LtiLaunchEntity; request: DeepLinkRequest }> {
    const launch = isUuid(launchId) ? await this.dataSource.getRepository(LtiLaunchEntity).findOneBy({ id: launchId }) : null;
    const fresh = launch && launch.createdAt.getTime() + CHOOSING_MINUTES * 60_000 > Date.now();
    if (!launch?.deepLink || launch.userId !== user.id || launch.deepLinkedAt || !fresh) throw new NotFoundError('Deep-linking request');
    return { launch, request: launch.deepLink };
  }

  private async signedResponse(link: LtiContextLinkEntity, request: DeepLinkRequest, assignment: JournalAssignmentEntity): Promise<string> {
    const platform = link.platform!;
    const { kid, privateKey } = await this.keys.current();
    const item = {
      type: 'ltiResourceLink',
      title: assignment.title,
      url: `${this.config.publicBaseUrl}/lti/launch`,
      custom: { [JOURNAL_ASSIGNMENT_PARAMETER]: assignment.id },
      lineItem: { scoreMaximum: 1, label: assignment.title, resourceId: assignment.id, tag: 'journal' },
    };
    return new SignJWT({
      nonce: randomUUID(),
      [CLAIM.messageType]: 'LtiDeepLinkingResponse',
      [CLAIM.version]: '1.3.0',
      [CLAIM.deploymentId]: request.deploymentId,
      [CLAIM.contentItems]: [item],
      ...(request.data ? { [CLAIM.deepLinkingData]: request.data } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(platform.clientId)
      .setAudience(platform.issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  }
}
