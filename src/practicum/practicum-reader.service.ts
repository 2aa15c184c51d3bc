import { Injectable } from '@nestjs/common';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuthUser } from '../auth/auth-user';
import { QueueWindow } from '../database/queue-window';
import { NotFoundError } from '../errors/domain-errors';
import { entrySeenBy, toPlacement } from './practicum-entry-view';
import { totalMinutes } from './practicum-rules';
import { MyPracticum, PracticumLogEntry, PracticumSummary } from './practicum.models';
import { PracticumRepository } from './practicum.repository';

/** The practicum reads; each costs a fixed number of statements however many entries there are. */
@Injectable()
export class PracticumReader {
  constructor(
    private readonly access: Access,
    private readonly repository: PracticumRepository,
  ) {}

  async myPracticum(user: AuthUser, cohortId: string): Promise<MyPracticum> {
    const decision = await this.access.require(user, Permission.PRACTICUM_LOG, target.cohort(cohortId));
    const [placements, rows] = await Promise.all([this.repository.placementsOf(cohortId, user.id), this.repository.ownEntries(cohortId, user.id)]);
    return {
      placements: placements.map(toPlacement),
      entries: rows.map((row) => entrySeenBy(decision, row)),
      totals: totalMinutes(rows),
    };
  }

  /** PENDING entries the caller may review, oldest first: all of the cohort for faculty and admins, their communities' for facilitators. */
  async reviewQueue(user: AuthUser, cohortId: string, window: QueueWindow): Promise<PracticumLogEntry[]> {
    const decision = await this.access.require(user, Permission.COHORT_RECORDS_READ, target.cohort(cohortId));
    const rows = await this.repository.reviewQueue(cohortId, user.id, decision.narrowedToFacilitator, window);
    return rows.map((row) => entrySeenBy(decision, row));
  }

  /** One entry as the caller sees it (after a change), in one statement after the check. */
  async entry(user: AuthUser, entryId: string): Promise<PracticumLogEntry> {
    const decision = await this.access.require(user, Permission.PRACTICUM_ENTRY_READ, target.practicumEntry(entryId));
    const row = await this.repository.entryById(entryId, user.id);
    if (!row) throw new NotFoundError('Practicum entry');
    return entrySeenBy(decision, row);
  }

  /** Minutes by status and activity, and credited reflective practice minutes, summed in SQL. */
  async summary(user: AuthUser, cohortId: string, userId: string): Promise<PracticumSummary> {
    await this.access.require(user, Permission.PARTICIPANT_RECORDS_READ, target.participant(cohortId, userId));
    const minutes = await this.repository.participantMinutes(cohortId, userId);
    return { userId, ...totalMinutes(minutes.groups), reflectivePracticeMinutes: minutes.reflectivePracticeMinutes };
  }
}
