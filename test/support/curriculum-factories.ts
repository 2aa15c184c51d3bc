import { givenCohort, givenMember, signInAdmin, SignedIn } from './factories';
import { TestApp } from './test-app';

/** Held before "today" (2026-11-23) and inside the default cohort's dates. */
export const PAST = '2026-03-10T17:00:00.000Z';
export const LATER_PAST = '2026-04-14T17:00:00.000Z';
export const FUTURE = '2026-12-08T17:00:00.000Z';

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

export async function givenModule(app: TestApp, token: string, cohortId: string, title = 'Foundations', position = 1): Promise<string> {
  const { createModule } = await app.ok(
    `mutation($input: CreateModuleInput!) { createModule(input: $input) { id } }`,
    { input: { cohortId, title, position } },
    token,
  );
  return createModule.id;
}

export async function givenCommunity(app: TestApp, admin: SignedIn, cohortId: string, facilitatorIds: string[], memberIds: string[], name = 'Community of practice'): Promise<string> {
  const { createCommunity } = await app.ok(
    `mutation($input: CreateCommunityInput!) { createCommunity(input: $input) { id } }`,
    { input: { cohortId, name, facilitatorIds, memberIds } },
    admin.token,
  );
  return createCommunity.id;
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

export async function countRows(app: TestApp, table: string): Promise<number> {
  const { rows } = await app.db.query(`SELECT count(*)::int AS count FROM ${table}`);
  return rows[0].count;
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
