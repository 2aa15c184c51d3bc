import { Injectable } from '@nestjs/common';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuthUser } from '../auth/auth-user';
import { badInput, ForbiddenError } from '../errors/domain-errors';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import { AuditEventRow, AuditEventsWhere, AuditRepository } from './audit.repository';

/** The cohort whose trail is read, as its pages show it. */
export interface AuditedCohort {
  id: string;
  name: string;
  timeZone: string;
}

export interface AuditEventsPage {
  events: AuditEventRow[];
  hasNextPage: boolean;
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor: string | null;
}

/**
 * Reading the audit trail: admins read every event; a program's coordinators the events of its
 * cohorts, and never those of no cohort (accounts, platforms); anyone else nothing.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly access: Access,
    private readonly events: AuditRepository,
  ) {}

  /** One page, newest first; one more than `first` is read, to tell whether another page follows. */
  async page(user: AuthUser, where: AuditEventsWhere, first: number, after: string | null | undefined): Promise<AuditEventsPage> {
    const within = await this.cohortsToRead(user, where.cohortId);
    if (where.from && where.to && where.from > where.to) throw badInput('to', 'must not be before from');
    const cursor = after ? decodeAuditCursor(after) : null;
    const rows = await this.events.page(within, where, cursor, first + 1);
    const events = rows.slice(0, first);
    const last = events.at(-1);
    return { events, hasNextPage: rows.length > first, endCursor: last ? encodeAuditCursor({ at: last.cursorAt, id: last.id }) : null };
  }

  /** The cohorts to narrow the list to (null: none). One cohort the caller may read needs none beyond the filter. */
  private async cohortsToRead(user: AuthUser, cohortId: string | null | undefined): Promise<string[] | null> {
    if (!cohortId) return this.readableCohorts(user);
    await this.requireCohortReader(user, cohortId);
    return null;
  }

  /** One cohort's trail is for those who administer it. */
  async requireCohortReader(user: AuthUser, cohortId: string): Promise<AuditedCohort> {
    const { record } = await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    return { id: cohortId, name: String(record!.name), timeZone: String(record!.time_zone) };
  }

  /** The whole trail: every event for admins (null), their programs' cohorts' for coordinators, and nothing for anyone else. */
  async readableCohorts(user: AuthUser): Promise<string[] | null> {
    if (user.isAdmin) return null;
    const cohorts = await this.events.coordinatedCohorts(user.id);
    if (!cohorts) throw new ForbiddenError('Only an administrator or a program coordinator may read the audit trail');
    return cohorts;
  }
}
