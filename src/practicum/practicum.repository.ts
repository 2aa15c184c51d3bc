import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { insertOrConflict } from '../database/insert-or-conflict';
import { QueueWindow } from '../database/queue-window';
import { PracticumActivity, PracticumEntryStatus, ReviewDecision, SettingType } from './practicum-enums';
import { PracticumLogEntryEntity } from './practicum-log-entry.entity';
import { PracticumPlacementEntity } from './practicum-placement.entity';
import { PracticumReviewEntity } from './practicum-review.entity';
import { MinutesRow } from './practicum-rules';
import { PRACTICUM_QUERIES } from './practicum.queries';

export type PlacementRecord = Pick<PracticumPlacementEntity, 'id' | 'providerCode' | 'settingType' | 'region' | 'createdAt'>;

export interface ReviewJson {
  id: string;
  decision: ReviewDecision;
  comment: string;
  createdAt: string;
  reviewerId: string;
  reviewerFullName: string;
  reviewerIsAdmin: boolean;
  reviewerCredentials: string[];
}

/** One row of the entry reads (PRACTICUM_QUERIES' ENTRY_SELECT). */
export interface EntryRow {
  id: string;
  participant_id: string;
  date: string;
  minutes: number;
  activity: PracticumActivity;
  reflection: string;
  status: PracticumEntryStatus;
  version: number;
  submitted_at: Date;
  created_at: Date;
  updated_at: Date;
  placement_id: string;
  provider_code: string;
  setting_type: SettingType;
  region: string | null;
  placement_created_at: Date;
  participant_full_name: string;
  participant_is_admin: boolean;
  participant_credentials: string[];
  viewer_facilitates_author: boolean;
  reviews: ReviewJson[];
}

export interface CohortDates {
  startsOn: string;
  endsOn: string;
}

export interface PlacementForLogging {
  id: string;
  cohortId: string;
  cohort: CohortDates;
}

/** What a change to an entry reads, checks and audits. */
export type LockedEntry = Pick<PracticumLogEntryEntity, 'id' | 'participantId' | 'cohortId' | 'date' | 'minutes' | 'activity' | 'status' | 'version'> & {
  cohort: CohortDates;
};

export type NewEntry = Pick<PracticumLogEntryEntity, 'placementId' | 'participantId' | 'cohortId' | 'date' | 'minutes' | 'activity' | 'reflection' | 'status'>;

export interface EntryChanges extends Pick<PracticumLogEntryEntity, 'date' | 'minutes' | 'activity' | 'status'> {
  reflection?: string;
  /** Back into the review queue, at its end. */
  resubmitted: boolean;
}

export interface ParticipantMinutes {
  groups: MinutesRow[];
  reflectivePracticeMinutes: number;
}

interface CohortDatesRow {
  starts_on: string;
  ends_on: string;
}

const cohortDates = (row: CohortDatesRow): CohortDates => ({ startsOn: row.starts_on, endsOn: row.ends_on });

/** Every practicum statement: placements, entries, reviews and the minutes behind summaries. */
@Injectable()
export class PracticumRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The new placement, or CONFLICT with `conflictMessage` when the participant already uses its code in the cohort. */
  async insertPlacement(
    placement: Pick<PracticumPlacementEntity, 'cohortId' | 'participantId' | 'providerCode' | 'settingType' | 'region'>,
    conflictMessage: string,
    manager: EntityManager,
  ): Promise<PlacementRecord> {
    type Row = { id: string; provider_code: string; setting_type: SettingType; region: string | null; created_at: Date };
    const row = await insertOrConflict<PracticumPlacementEntity, Row>(manager, PracticumPlacementEntity, placement, conflictMessage, [
      'id',
      'providerCode',
      'settingType',
      'region',
      'createdAt',
    ]);
    return { id: row.id, providerCode: row.provider_code, settingType: row.setting_type, region: row.region, createdAt: row.created_at };
  }

  /** A participant's placements in a cohort, oldest first. */
  placementsOf(cohortId: string, participantId: string): Promise<PlacementRecord[]> {
    return this.dataSource.getRepository(PracticumPlacementEntity).find({
      where: { cohortId, participantId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The placement and its cohort's dates, or undefined when it does not exist. */
  async placementForLogging(placementId: string, manager: EntityManager = this.dataSource.manager): Promise<PlacementForLogging | undefined> {
    const [row] = await manager.query<(CohortDatesRow & { id: string; cohort_id: string })[]>(PRACTICUM_QUERIES.placementWithCohortDates, [placementId]);
    return row && { id: row.id, cohortId: row.cohort_id, cohort: cohortDates(row) };
  }

  /** The viewer's own entries in a cohort, newest date first. */
  ownEntries(cohortId: string, viewerId: string): Promise<EntryRow[]> {
    return this.dataSource.query<EntryRow[]>(PRACTICUM_QUERIES.ownEntries, [viewerId, cohortId]);
  }

  /** PENDING entries of others, oldest first: the whole cohort's, or only those of the viewer's communities' members. */
  reviewQueue(cohortId: string, viewerId: string, facilitatorId: string | null, { after, limit }: QueueWindow): Promise<EntryRow[]> {
    const parameters = [viewerId, cohortId, facilitatorId, after?.submittedAt ?? null, after?.id ?? null, limit];
    return this.dataSource.query<EntryRow[]>(PRACTICUM_QUERIES.reviewQueue, parameters);
  }

  async entryById(entryId: string, viewerId: string): Promise<EntryRow | undefined> {
    const [row] = await this.dataSource.query<EntryRow[]>(PRACTICUM_QUERIES.entryById, [viewerId, entryId]);
    return row;
  }

  async participantMinutes(cohortId: string, participantId: string): Promise<ParticipantMinutes> {
    type Row = { groups: MinutesRow[]; reflective_practice_minutes: number };
    const [row] = await this.dataSource.query<Row[]>(PRACTICUM_QUERIES.participantMinutes, [cohortId, participantId]);
    return { groups: row.groups, reflectivePracticeMinutes: row.reflective_practice_minutes };
  }

  /** Locks the entry for the rest of the transaction; undefined when it no longer exists. */
  async lockEntry(entryId: string, manager: EntityManager): Promise<LockedEntry | undefined> {
    type Row = CohortDatesRow & { id: string; participant_id: string; cohort_id: string; date: string; minutes: number; activity: PracticumActivity; status: PracticumEntryStatus; version: number };
    const [row] = await manager.query<Row[]>(PRACTICUM_QUERIES.lockEntry, [entryId]);
    if (!row) return undefined;
    const { id, participant_id: participantId, cohort_id: cohortId, date, minutes, activity, status, version } = row;
    return { id, participantId, cohortId, date, minutes, activity, status, version, cohort: cohortDates(row) };
  }

  insertEntry(entry: NewEntry, manager: EntityManager): Promise<PracticumLogEntryEntity> {
    return manager.getRepository(PracticumLogEntryEntity).save(entry);
  }

  async updateEntry(entryId: string, changes: EntryChanges, manager: EntityManager): Promise<void> {
    const { reflection, resubmitted, ...counted } = changes;
    await manager.getRepository(PracticumLogEntryEntity).update(entryId, {
      ...counted,
      version: () => 'version + 1',
      ...(reflection ? { reflection } : {}),
      ...(resubmitted ? { submittedAt: () => 'now()' } : {}),
    });
  }

  async deleteEntry(entryId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(PracticumLogEntryEntity).delete(entryId);
  }

  /** Keeps the review as history and moves the entry to the status it gives. */
  async insertReview(
    review: Pick<PracticumReviewEntity, 'entryId' | 'reviewerId' | 'decision' | 'comment'>,
    status: PracticumEntryStatus,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(PracticumReviewEntity).insert(review);
    await manager.getRepository(PracticumLogEntryEntity).update(review.entryId, { status });
  }
}
