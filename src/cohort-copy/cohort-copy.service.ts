import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { badInput, NotFoundError } from '../errors/domain-errors';
import { LATEST_YEAR } from '../graphql/date.scalar';
import { CohortEntity } from '../programs/cohort.entity';
import { CopyCohortInput } from './cohort-copy.inputs';
import { CohortCopyRepository, CopiedCohort, CopySource, TimedSource } from './cohort-copy.repository';
import { addDays, daysBetween, shiftKeepingWallClock } from './shifted-schedule';

/** How many skipped times the refusal names before it only counts the rest. */
const NAMED_GAPS = 3;

/**
 * Next year's cohort from this year's: its set-up moved to a new first day, without its people or
 * their records. CE approvals stay behind too: a board approves one offering, not the next.
 */
@Injectable()
export class CohortCopyService {
  constructor(
    private readonly access: Access,
    private readonly repository: CohortCopyRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every session and journal due time moves by the same number of days and keeps its wall-clock
   * time in the cohort's zone. When that time does not exist on the new day (the clocks skip it),
   * nothing is copied: the refusal names each such session or assignment, so the coordinator picks
   * another first day or moves them first, rather than finding them an hour off.
   */
  copy(user: AuthUser, input: CopyCohortInput): Promise<CohortEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.COHORT_ADMINISTER, target.cohort(input.cohortId), manager);
      const source = await this.repository.copySource(input.cohortId, manager);
      if (!source) throw new NotFoundError('Cohort');
      const days = daysBetween(source.startsOn, input.startsOn);
      const endsOn = addDays(source.endsOn, days);
      if (Number(endsOn.slice(0, 4)) > LATEST_YEAR) throw badInput('startsOn', `would end the copy on ${endsOn}, after the last year a date may name (${LATEST_YEAR})`);
      const sessionStarts = shiftAll(source.sessions, days, source.timeZone, 'session');
      const assignmentDueTimes = shiftAll(source.assignments, days, source.timeZone, 'journal assignment');
      const gaps = [...sessionStarts.gaps, ...assignmentDueTimes.gaps];
      if (gaps.length) throw badInput('startsOn', skippedTimesReason(gaps, source.timeZone));
      const copied = await this.repository.copy(
        input.cohortId,
        { name: input.name.trim(), startsOn: input.startsOn, sessionStarts: sessionStarts.instants, assignmentDueTimes: assignmentDueTimes.instants },
        manager,
      );
      await this.audit.recordMany(manager, auditEntries(user, input.cohortId, source, copied));
      return copied.cohort;
    });
  }
}

/** The new instant of each item, by its id, and the items whose wall-clock time the new day skips. */
function shiftAll(items: TimedSource[], days: number, timeZone: string, what: string) {
  const instants = new Map<string, Date>();
  const gaps: string[] = [];
  for (const item of items) {
    const shifted = shiftKeepingWallClock(item.at, days, timeZone);
    if ('instant' in shifted) instants.set(item.id, shifted.instant);
    else gaps.push(`the ${what} "${item.title}" at ${shifted.skipped.time} on ${shifted.skipped.date}`);
  }
  return { instants, gaps };
}

function skippedTimesReason(gaps: string[], timeZone: string): string {
  const named = gaps.slice(0, NAMED_GAPS).join(', ');
  const more = gaps.length > NAMED_GAPS ? ` and ${gaps.length - NAMED_GAPS} more` : '';
  return `would put ${named}${more} at a time the clocks skip in ${timeZone}; choose another start date or move ${gaps.length > 1 ? 'them' : 'it'} first`;
}

/**
 * One row per record written: the cohort's (`cohort.copied`, with what came along and what stayed
 * behind), then one for each copy, naming the record it was copied from. Never a prompt's text.
 */
function auditEntries(user: AuthUser, sourceId: string, source: CopySource, copied: CopiedCohort): AuditEntry[] {
  const { cohort } = copied;
  const copyOf = (entityType: string, { id, ...after }: { id: string } & Record<string, unknown>): AuditEntry => ({
    actorId: user.id,
    action: `${entityType}.copied`,
    entityType,
    entityId: id,
    cohortId: cohort.id,
    after,
  });
  return [
    {
      actorId: user.id,
      action: 'cohort.copied',
      entityType: 'cohort',
      entityId: cohort.id,
      after: {
        copiedFrom: sourceId,
        programId: cohort.programId,
        name: cohort.name,
        startsOn: cohort.startsOn,
        endsOn: cohort.endsOn,
        capacity: cohort.capacity,
        timeZone: cohort.timeZone,
        minimumAttendancePercent: cohort.minimumAttendancePercent,
        copied: {
          modules: copied.modules.length,
          communities: copied.communities.length,
          sessions: copied.sessions.length,
          journalAssignments: copied.assignments.length,
          requirements: copied.requirements.length,
        },
        notCopied: { cancelledSessions: source.cancelledSessions, sessionsForNamedParticipants: source.sessionsForNamedParticipants },
      },
    },
    ...copied.modules.map((module) => copyOf('course_module', module)),
    ...copied.communities.map((community) => copyOf('community', community)),
    ...copied.sessions.map((session) => copyOf('session', session)),
    ...copied.assignments.map((assignment) => copyOf('journal_assignment', assignment)),
    ...copied.requirements.map((requirement) => copyOf('completion_requirement', requirement)),
  ];
}
