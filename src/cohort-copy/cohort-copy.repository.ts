import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequirementKind } from '../completion/requirement-kind';
import { Modality } from '../curriculum/modality';
import { SessionKind } from '../curriculum/session-kind';
import { CohortEntity } from '../programs/cohort.entity';
import { COHORT_COPY_QUERIES } from './cohort-copy.queries';

/** A session or journal assignment of the source with the instant that moves (its start, its due time). */
export interface TimedSource {
  id: string;
  title: string;
  at: Date;
}

/** What a copy of a cohort needs to know of it first. */
export interface CopySource {
  startsOn: string;
  endsOn: string;
  timeZone: string;
  /** The sessions to copy: neither cancelled nor for named participants. */
  sessions: TimedSource[];
  assignments: TimedSource[];
  cancelledSessions: number;
  sessionsForNamedParticipants: number;
}

/** What the copy asks for: the new cohort's name and first day, and each copied instant, by the id it was copied from. */
export interface CopyRequest {
  name: string;
  startsOn: string;
  sessionStarts: Map<string, Date>;
  assignmentDueTimes: Map<string, Date>;
}

type Copied = {
  id: string;
  copiedFrom: string;
};

/** What one statement wrote, each record with the id it was copied from. */
export interface CopiedCohort {
  cohort: CohortEntity;
  modules: (Copied & { title: string; position: number })[];
  communities: (Copied & { name: string })[];
  sessions: (Copied & {
    kind: SessionKind;
    title: string;
    moduleId: string | null;
    communityId: string | null;
    startsAt: Date;
    durationMinutes: number;
    ceEligible: boolean;
    optional: boolean;
    modality: Modality | null;
    location: string | null;
    joinUrl: string | null;
  })[];
  assignments: (Copied & { title: string; dueAt: Date; expectedMinutes: number })[];
  requirements: (Copied & { kind: RequirementKind; threshold: number; sessionKinds: SessionKind[]; label: string | null })[];
}

/** Every query of copying a cohort (SQL only: cohort-copy.queries.ts); one statement each, whatever the cohort's size. */
@Injectable()
export class CohortCopyRepository {
  /** Null when there is no such cohort. */
  async copySource(cohortId: string, manager: EntityManager): Promise<CopySource | null> {
    // Instants arrive as JSON text.
    const [row]: CopySource[] = await manager.query(COHORT_COPY_QUERIES.copySource, [cohortId]);
    if (!row) return null;
    const timed = (items: TimedSource[]) => items.map((item) => ({ ...item, at: new Date(item.at) }));
    return { ...row, sessions: timed(row.sessions), assignments: timed(row.assignments) };
  }

  async copy(sourceId: string, request: CopyRequest, manager: EntityManager): Promise<CopiedCohort> {
    // Instants arrive as JSON text.
    const [row]: CopiedCohort[] = await manager.query(COHORT_COPY_QUERIES.copyCohort, [
      sourceId,
      request.name,
      request.startsOn,
      [...request.sessionStarts.keys()],
      [...request.sessionStarts.values()],
      [...request.assignmentDueTimes.keys()],
      [...request.assignmentDueTimes.values()],
    ]);
    return {
      ...row,
      cohort: { ...row.cohort, createdAt: new Date(row.cohort.createdAt) },
      sessions: row.sessions.map((session) => ({ ...session, startsAt: new Date(session.startsAt) })),
      assignments: row.assignments.map((assignment) => ({ ...assignment, dueAt: new Date(assignment.dueAt) })),
    };
  }
}
