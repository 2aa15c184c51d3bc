import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { insertOrConflict } from '../database/insert-or-conflict';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { LtiContextLinkEntity } from './lti-context-link.entity';
import { LtiPlatformEntity } from './lti-platform.entity';
import { LinkLtiContextInput, RegisterLtiPlatformInput, UpdateLtiPlatformInput } from './lti.inputs';
import { FrameOrigins } from './frame-origins';

/** The origins a platform's pages are served from, when registration names none: its issuer's and its login endpoint's. */
function defaultFrameOrigins(input: RegisterLtiPlatformInput): string[] {
  const origins = [input.issuer, input.authLoginUrl].flatMap((url) => {
    try {
      return [new URL(url).origin];
    } catch {
      return [];
    }
  });
  return [...new Set(origins)];
}

const withoutTrailingSlash = (origins: string[]) => [...new Set(origins.map((origin) => origin.replace(/\/$/, '')))];

/** Registered platforms (admins) and the courses linked to cohorts (those who administer the cohort). */
@Injectable()
export class LtiPlatforms {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly frameOrigins: FrameOrigins,
  ) {}

  /** A new platform; CONFLICT when its issuer and client id are registered already. */
  async register(admin: AuthUser, input: RegisterLtiPlatformInput): Promise<LtiPlatformEntity> {
    const platform = await this.transactions.run(async (manager) => {
      const row = {
        ...input,
        deploymentIds: [...new Set(input.deploymentIds)],
        frameOrigins: withoutTrailingSlash(input.frameOrigins ?? defaultFrameOrigins(input)),
      };
      const created = await insertOrConflict(manager, LtiPlatformEntity, row, 'This issuer and client id are registered already; update that platform instead');
      await this.audit.record(manager, { actorId: admin.id, action: 'lti_platform.registered', entityType: 'lti_platform', entityId: created.id, after: row });
      return manager.getRepository(LtiPlatformEntity).findOneByOrFail({ id: created.id });
    });
    this.frameOrigins.forget();
    return platform;
  }

  async update(admin: AuthUser, input: UpdateLtiPlatformInput): Promise<LtiPlatformEntity> {
    const platform = await this.transactions.run(async (manager) => {
      const repository = manager.getRepository(LtiPlatformEntity);
      const before = await repository.findOne({ where: { id: input.platformId }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError('LtiPlatform');
      const { platformId, ...given } = input;
      const changes: Omit<UpdateLtiPlatformInput, 'platformId'> = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
      if (!Object.keys(changes).length) return before;
      if (changes.deploymentIds) changes.deploymentIds = [...new Set(changes.deploymentIds)];
      if (changes.frameOrigins) changes.frameOrigins = withoutTrailingSlash(changes.frameOrigins);
      await repository.update(platformId, changes);
      const after = await repository.findOneByOrFail({ id: platformId });
      const changed = Object.keys(changes) as (keyof typeof changes)[];
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'lti_platform.updated',
        entityType: 'lti_platform',
        entityId: platformId,
        before: Object.fromEntries(changed.map((key) => [key, before[key]])),
        after: Object.fromEntries(changed.map((key) => [key, after[key]])),
      });
      return after;
    });
    this.frameOrigins.forget();
    return platform;
  }

  list(limit: number): Promise<LtiPlatformEntity[]> {
    return this.dataSource.getRepository(LtiPlatformEntity).find({ order: { createdAt: 'ASC', id: 'ASC' }, take: limit });
  }

  /** The platforms a cohort's administrator may link a course of, for the cohort's page. */
  async choicesFor(user: AuthUser, cohortId: string): Promise<LtiPlatformEntity[]> {
    await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    return this.list(100);
  }

  /** Ties a platform's course to a cohort; CONFLICT when the course is linked already. */
  link(user: AuthUser, input: LinkLtiContextInput): Promise<LtiContextLinkEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId), manager);
      if (!(await manager.getRepository(LtiPlatformEntity).existsBy({ id: input.platformId }))) throw new NotFoundError('LtiPlatform');
      const row = { platformId: input.platformId, contextId: input.contextId, cohortId: input.cohortId };
      const created = await insertOrConflict(manager, LtiContextLinkEntity, row, 'This course is linked to a cohort already');
      await this.audit.record(manager, { actorId: user.id, action: 'lti_context.linked', entityType: 'lti_context_link', entityId: created.id, cohortId: input.cohortId, after: row });
      return manager.getRepository(LtiContextLinkEntity).findOneByOrFail({ id: created.id });
    });
  }

  async linksOf(user: AuthUser, cohortId: string, limit: number): Promise<LtiContextLinkEntity[]> {
    await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    return this.dataSource.getRepository(LtiContextLinkEntity).find({ where: { cohortId }, order: { createdAt: 'ASC', id: 'ASC' }, take: limit, relations: { platform: true } });
  }

  /** The link, for those who administer its cohort (NOT_FOUND for the others, as for an unknown id). */
  async administeredLink(user: AuthUser, contextLinkId: string): Promise<LtiContextLinkEntity> {
    const link = await this.dataSource.getRepository(LtiContextLinkEntity).findOne({ where: { id: contextLinkId }, relations: { platform: true } });
    if (!link) throw new NotFoundError('LtiContextLink');
    await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(link.cohortId));
    return link;
  }
}
