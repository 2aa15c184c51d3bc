import { TestApp } from '../test-app';
import { givenCohort, givenMember, signInAdmin, SignedIn } from './people';

/** Held before "today" (2026-11-23) and inside the default cohort's dates. */
export const PAST = '2026-03-10T17:00:00.000Z';
export const LATER_PAST = '2026-04-14T17:00:00.000Z';
export const FUTURE = '2026-12-08T17:00:00.000Z';

export type SessionKind =
  | 'FACULTY_SEMINAR'
  | 'COMMUNITY_OF_PRACTICE'
  | 'RETREAT'
  | 'REFLECTIVE_PRACTICE'
  | 'REFLECTIVE_SUPERVISION'
  | 'CIRCLE_OF_SECURITY'
  | 'OTHER';

export const SESSION_FIELDS = `id kind title startsAt durationMinutes ceEligible cancelledAt
  module { id } community { id } leader { id fullName } invitees { id }`;

export interface SessionFields {
  kind?: string;
  title?: string;
  startsAt?: string;
  durationMinutes?: number;
  ceEligible?: boolean;
  moduleId?: string;
  communityId?: string;
  participantIds?: string[];
  leaderId?: string;
  joinUrl?: string;
}

/** A course module created through the API by faculty of the cohort or an admin (`token`). */
export async function givenModule(app: TestApp, token: string, cohortId: string, title = 'Foundations', position = 1): Promise<string> {
  const { createModule } = await app.ok(
    `mutation($input: CreateModuleInput!) { createModule(input: $input) { id } }`,
    { input: { cohortId, title, position } },
    token,
  );
  return createModule.id;
}

/** A community of practice created through the API by the coordinator. */
export async function givenCommunity(app: TestApp, admin: SignedIn, cohortId: string, facilitatorIds: string[], memberIds: string[], name = 'Community of practice'): Promise<string> {
  const { createCommunity } = await app.ok(
    `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
    { input: { cohortId, name, facilitatorIds, memberIds } },
    admin.token,
  );
  return createCommunity.id;
}

export function scheduleSessionRequest(app: TestApp, token: string, cohortId: string, fields: SessionFields = {}) {
  return app.gql(`mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { ${SESSION_FIELDS} } }`, {
    input: {
      cohortId,
      kind: 'FACULTY_SEMINAR',
      title: 'Monthly faculty seminar',
      startsAt: PAST,
      durationMinutes: 150,
      ceEligible: true,
      ...fields,
    },
  }, token);
}

export async function givenSession(app: TestApp, token: string, cohortId: string, fields: SessionFields = {}): Promise<string> {
  const result = await scheduleSessionRequest(app, token, cohortId, fields);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data.scheduleSession.id;
}

/** `count` sessions of `kind`, a day apart after the cohort's other sessions from 2026-03-03 (none overlap), written straight to the database (for other domains' set-up). */
export async function givenSessions(
  app: TestApp,
  cohortId: string,
  kind: SessionKind,
  count: number,
  options: { durationMinutes?: number; ceEligible?: boolean; cancelled?: boolean } = {},
): Promise<string[]> {
  const { rows } = await app.db.query(
    `INSERT INTO session (cohort_id, kind, title, starts_at, duration_minutes, ce_eligible, cancelled_at)
     SELECT $1, $2::session_kind, $2::text || ' ' || n, '2026-03-02T17:00:00Z'::timestamptz + (earlier.count + n) * interval '1 day', $4, $5,
            CASE WHEN $6 THEN now() END
     FROM generate_series(1, $3::int) AS n, (SELECT count(*) AS count FROM session WHERE cohort_id = $1) AS earlier RETURNING id`,
    [cohortId, kind, count, options.durationMinutes ?? 120, options.ceEligible ?? false, options.cancelled ?? false],
  );
  return rows.map((row: { id: string }) => row.id);
}

/**
 * Everyone listed attends every listed session with `status`, written straight to the database
 * (minutes default to the full session when PRESENT, and are 0 otherwise).
 */
export async function givenAttendance(
  app: TestApp,
  sessionIds: string[],
  userIds: string[],
  status: 'PRESENT' | 'ABSENT' | 'EXCUSED' = 'PRESENT',
  minutes?: number,
): Promise<void> {
  await app.db.query(
    `INSERT INTO attendance (session_id, user_id, status, minutes_attended)
     SELECT s.id, u.id, $3::attendance_status, CASE WHEN $3::text = 'PRESENT' THEN coalesce($4, s.duration_minutes) ELSE 0 END
     FROM session s CROSS JOIN unnest($2::uuid[]) AS u(id) WHERE s.id = ANY($1::uuid[])`,
    [sessionIds, userIds, status, minutes ?? null],
  );
}

export function recordAttendance(app: TestApp, token: string, input: { sessionId: string; userId: string; status: string; minutesAttended?: number }) {
  return app.gql(
    `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id status minutesAttended session { id } user { id fullName } } }`,
    { input },
    token,
  );
}

export function recordSessionAttendance(app: TestApp, token: string, sessionId: string, entries: { userId: string; status: string; minutesAttended?: number }[]) {
  return app.gql(
    `mutation($input: RecordSessionAttendanceInput!) { recordSessionAttendance(input: $input) { id status minutesAttended user { id } } }`,
    { input: { sessionId, entries } },
    token,
  );
}

export function updateSessionRequest(app: TestApp, token: string, input: Record<string, unknown>) {
  return app.gql(`mutation($input: UpdateSessionInput!) { updateSession(input: $input) { ${SESSION_FIELDS} } }`, { input }, token);
}

export function cancelSessionRequest(app: TestApp, token: string, sessionId: string) {
  return app.gql(`mutation($id: ID!) { cancelSession(sessionId: $id) { id cancelledAt } }`, { id: sessionId }, token);
}

export async function givenSessionNote(app: TestApp, token: string, sessionId: string, body = 'Talked through a hard week.'): Promise<string> {
  const { writeSessionNote } = await app.ok(
    `mutation($input: WriteSessionNoteInput!) { writeSessionNote(input: $input) { id } }`,
    { input: { sessionId, body } },
    token,
  );
  return writeSessionNote.id;
}

/** A cohort with faculty, and two communities: North (facilitator; Ana, Ben) and South (otherFacilitator; Cleo). */
export async function givenTwoCommunities(app: TestApp) {
  const admin = await signInAdmin(app);
  const { cohortId } = await givenCohort(app, admin);
  const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
  const facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR', { fullName: 'Fay Facilitator' });
  const otherFacilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
  const ana = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ana Participant' });
  const ben = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ben Participant' });
  const cleo = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Cleo Participant' });
  const north = await givenCommunity(app, admin, cohortId, [facilitator.id], [ana.id, ben.id], 'North');
  const south = await givenCommunity(app, admin, cohortId, [otherFacilitator.id], [cleo.id], 'South');
  return { admin, cohortId, faculty, facilitator, otherFacilitator, ana, ben, cleo, north, south };
}
