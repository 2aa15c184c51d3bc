import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { badInput } from '../errors/domain-errors';
import { JobQueue } from '../jobs/job-queue';
import { JsonLogger } from '../logging/json-logger';
import { EnrollmentsService } from '../programs/enrollments.service';
import { SCOPE } from './lti-claims';
import { enrollmentRoleOf } from './lti-enrollment';
import { LtiContextLinkEntity } from './lti-context-link.entity';
import { LtiPeople } from './lti-people';
import { personName } from './platform-names';
import { LtiPlatforms } from './lti-platforms.service';
import { LtiServiceClient, PlatformCallError } from './lti-service-client';
import { LtiRosterSync } from './lti.models';
import { LTI_QUERIES } from './lti.queries';
import { isPlatformUrl } from './platform-url';
import { nextPageUrl, RosterMember } from './roster-members';

const QUEUE = 'lti-roster-sync';
/** Every night at 04:00 UTC, every course whose roster service is known. */
const SCHEDULE = '0 4 * * *';
const MEMBERSHIP_CONTAINER = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
/** A course of thousands is a few dozen pages; more than this is a platform that never stops. */
const MAX_PAGES = 200;

/**
 * Roster sync (NRPS): the course's members, joined on the platform's user id, are enrolled in the
 * linked cohort by their course role; participants no longer active on the roster are withdrawn
 * from today. No one is deleted, and a withdrawal made here is not undone.
 */
@Injectable()
export class LtiRosters implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly platforms: LtiPlatforms,
    private readonly client: LtiServiceClient,
    private readonly people: LtiPeople,
    private readonly enrollments: EnrollmentsService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly logger: JsonLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(QUEUE, { retryLimit: 0, expireInSeconds: 3600 }, () => this.syncAll());
    await this.jobs.schedule(QUEUE, SCHEDULE);
  }

  /** On demand, by someone who administers the linked cohort. */
  async sync(user: AuthUser, contextLinkId: string): Promise<LtiRosterSync> {
    const link = await this.platforms.administeredLink(user, contextLinkId);
    if (!link.membershipsUrl) throw badInput('contextLinkId', "no launch from this course has given its roster service yet: open the tool from the course once, then sync");
    try {
      return await this.run(link, user.id);
    } catch (error) {
      if (error instanceof PlatformCallError || error instanceof TypeError || error instanceof SyntaxError) throw badInput('contextLinkId', `the course roster could not be read: ${error.message}`);
      throw error;
    }
  }

  private async syncAll(): Promise<void> {
    const links = await this.dataSource.getRepository(LtiContextLinkEntity).find({ where: {}, relations: { platform: true } });
    for (const link of links.filter((each) => each.membershipsUrl)) {
      await this.run(link, null).catch((error: Error) => this.logger.warn('A course roster could not be synced', { context: 'lti', contextLinkId: link.id, reason: error.message }));
    }
  }

  private async run(link: LtiContextLinkEntity, actorId: string | null): Promise<LtiRosterSync> {
    const members = await this.members(link);
    const active = members.filter((member) => !member.status || member.status === 'Active');
    return this.transactions.run(async (manager) => {
      const result: LtiRosterSync = { members: active.length, enrolled: 0, withdrawn: 0, unchanged: 0, skipped: [] };
      const source = `lti:${link.platformId}`;
      for (const member of active) {
        const role = enrollmentRoleOf(member.roles ?? []);
        if (!role) {
          result.skipped.push(`${personName(member)}: no role the tool enrols`);
          continue;
        }
        const userId = await this.people.userFor(manager, link.platformId, { subject: member.user_id, name: personName(member), email: member.email ?? null });
        const outcome = await this.enrollments.enrollFromPlatform(manager, { cohortId: link.cohortId, userId, role }, source);
        if (outcome === 'ENROLLED') result.enrolled += 1;
        else if (outcome === 'UNCHANGED') result.unchanged += 1;
        else result.skipped.push(`${personName(member)}: ${outcome === 'COHORT_FULL' ? 'the cohort is full' : 'withdrawn here; re-enrol them here if they return'}`);
      }
      // An empty roster is more likely the platform's mistake than a course everyone left: no one is withdrawn on its word.
      if (active.length) result.withdrawn = await this.withdrawDeparted(manager, link, new Set(active.map((member) => member.user_id)));
      else result.skipped.push('the course roster came back empty: no one was withdrawn');
      await manager.getRepository(LtiContextLinkEntity).update(link.id, { lastSyncedAt: new Date() });
      await this.audit.record(manager, {
        actorId,
        action: 'lti_roster.synced',
        entityType: 'lti_context_link',
        entityId: link.id,
        cohortId: link.cohortId,
        after: { members: result.members, enrolled: result.enrolled, withdrawn: result.withdrawn, unchanged: result.unchanged, skipped: result.skipped.length },
      });
      return result;
    });
  }

  /** Withdraws the cohort's participants this platform knows who are not on the roster; answers how many. */
  private async withdrawDeparted(manager: EntityManager, link: LtiContextLinkEntity, onRoster: Set<string>): Promise<number> {
    const participants: { enrollment_id: string; subject: string }[] = await manager.query(LTI_QUERIES.platformParticipants, [link.cohortId, link.platformId]);
    let withdrawn = 0;
    for (const participant of participants.filter((each) => !onRoster.has(each.subject))) {
      if (await this.enrollments.withdrawFromPlatform(manager, participant.enrollment_id, 'No longer on the course roster in the LMS')) withdrawn += 1;
    }
    return withdrawn;
  }

  /** Every member, page by page, following Link: rel="next". */
  private async members(link: LtiContextLinkEntity): Promise<RosterMember[]> {
    const members: RosterMember[] = [];
    let url: string | null = link.membershipsUrl;
    for (let page = 0; url && page < MAX_PAGES; page += 1) {
      if (!isPlatformUrl(url)) throw new PlatformCallError(0, url, 'The roster service gave a next page that');
      const response = await this.client.call(link.platform!, [SCOPE.memberships], url, { headers: { accept: MEMBERSHIP_CONTAINER } });
      const body = await response.text();
      if (!response.ok) throw new PlatformCallError(response.status, body, 'The roster service');
      const container = JSON.parse(body) as { members?: RosterMember[] };
      members.push(...(container.members ?? []).filter((member) => typeof member.user_id === 'string' && member.user_id));
      url = nextPageUrl(response.headers.get('link'));
    }
    return members;
  }
}
