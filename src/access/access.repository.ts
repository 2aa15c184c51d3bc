import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PreparedStatements } from '../database/prepared-statements';
import { EnrollmentRole } from '../programs/enrollment-role';
import { AccessTarget, TargetKind } from './access-target';
import { ACCESS_QUERIES } from './access.queries';
import { Relationship } from './relationship';

interface RelationshipRow {
  cohort_id: string | null;
  record: Record<string, unknown> | null;
  roles: EnrollmentRole[];
  coordinator: boolean;
  program_member: boolean;
  self: boolean;
  subject_is_participant: boolean;
  facilitates_subject: boolean;
  runs_session: boolean;
  session_audience: boolean;
  facilitates_community: boolean;
  community_member: boolean;
  withdrawn: boolean;
}

/** How the caller stands to a record that exists; null when it does not. */
export interface RecordRelationships {
  cohortId: string | null;
  relationships: Set<Relationship>;
  /** For participant targets: the person is a participant of the cohort. */
  subjectIsParticipant: boolean;
  /** The record's row as JSON (column names as keys), for the kinds that return it (a program, a cohort). */
  record: Record<string, unknown> | null;
}

const QUERY_OF: Record<TargetKind, string> = {
  program: ACCESS_QUERIES.relationshipsToProgram,
  cohort: ACCESS_QUERIES.relationshipsToCohort,
  participant: ACCESS_QUERIES.relationshipsToParticipant,
  user: ACCESS_QUERIES.relationshipsToUser,
  enrollment: ACCESS_QUERIES.relationshipsToEnrollment,
  certificate: ACCESS_QUERIES.relationshipsToCertificate,
  ceApproval: ACCESS_QUERIES.relationshipsToCeApproval,
  requirement: ACCESS_QUERIES.relationshipsToRequirement,
  module: ACCESS_QUERIES.relationshipsToModule,
  session: ACCESS_QUERIES.relationshipsToSession,
  community: ACCESS_QUERIES.relationshipsToCommunity,
  journalAssignment: ACCESS_QUERIES.relationshipsToJournalAssignment,
  journalSubmission: ACCESS_QUERIES.relationshipsToJournalSubmission,
  practicumPlacement: ACCESS_QUERIES.relationshipsToPracticumPlacement,
  practicumEntry: ACCESS_QUERIES.relationshipsToPracticumEntry,
};

/** Every relationship question, in one statement per check, prepared: every request asks one. */
@Injectable()
export class AccessRepository {
  constructor(private readonly prepared: PreparedStatements) {}

  async relationshipsTo(
    user: { id: string; isAdmin: boolean },
    target: AccessTarget,
    manager?: EntityManager,
  ): Promise<RecordRelationships | null> {
    const parameters = target.kind === 'participant' ? [user.id, target.cohortId, target.userId] : [user.id, target.id];
    const [row] = await this.prepared.rows<RelationshipRow>(`access.${target.kind}`, QUERY_OF[target.kind], parameters, manager);
    if (!row) return null;
    return {
      cohortId: row.cohort_id,
      relationships: relationshipsOf(row, user.isAdmin),
      subjectIsParticipant: row.subject_is_participant,
      record: row.record,
    };
  }
}

function relationshipsOf(row: RelationshipRow, isAdmin: boolean): Set<Relationship> {
  const flags: [boolean, Relationship][] = [
    [isAdmin, Relationship.ADMIN],
    [row.coordinator, Relationship.COORDINATOR],
    [row.program_member, Relationship.PROGRAM_MEMBER],
    [row.roles.includes(EnrollmentRole.FACULTY), Relationship.FACULTY],
    [row.roles.includes(EnrollmentRole.FACILITATOR), Relationship.FACILITATOR],
    [row.roles.includes(EnrollmentRole.PARTICIPANT), Relationship.PARTICIPANT],
    [row.self, Relationship.SELF],
    [row.facilitates_subject, Relationship.FACILITATES_SUBJECT],
    [row.runs_session, Relationship.RUNS_SESSION],
    [row.session_audience, Relationship.SESSION_AUDIENCE],
    [row.facilitates_community, Relationship.FACILITATES_COMMUNITY],
    [row.community_member, Relationship.COMMUNITY_MEMBER],
    [row.withdrawn, Relationship.WITHDRAWN],
  ];
  return new Set(flags.filter(([holds]) => holds).map(([, relationship]) => relationship));
}
