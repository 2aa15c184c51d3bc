import {
  givenAssignment,
  givenCohort,
  givenManyParticipants,
  givenMember,
  givenModule,
  givenSession,
  GRADING_QUEUE,
  MY_JOURNALS,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const DEFAULT_PAGE_SIZE = 100;
const JOURNALS = 9;

describe('journal lists are N+1-free', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app.stop());

  /** A cohort of `size` participants (plus one signed-in participant) × 9 submitted journals, written in bulk. */
  async function scenario(size: number) {
    const { cohortId } = await givenCohort(app, admin);
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    await givenManyParticipants(app, cohortId, size - 1);
    for (let month = 1; month <= JOURNALS; month += 1) {
      await givenAssignment(app, faculty, await givenModule(app, faculty.token, cohortId, `Module ${month}`, month), { dueAt: `2026-0${month}-20T12:00:00Z`, title: `Month ${month}` });
    }
    const { rowCount } = await app.db.query(
      `INSERT INTO journal_submission (assignment_id, participant_id, cohort_id, status, version, body, first_submitted_at, submitted_at)
       SELECT a.id, e.user_id, a.cohort_id, 'SUBMITTED', 1, 'A reflection', a.due_at - random() * interval '3 days', a.due_at - random() * interval '3 days'
         FROM journal_assignment a JOIN enrollment e ON e.cohort_id = a.cohort_id AND e.role = 'PARTICIPANT'
        WHERE a.cohort_id = $1`,
      [cohortId],
    );
    expect(rowCount).toBe(size * JOURNALS);
    return { cohortId, faculty, participant };
  }

  async function statements(query: string, cohortId: string, token: string, expectedLength: number): Promise<number> {
    const result = await app.gql(query, { cohortId }, token);
    expect(result.errors).toBeUndefined();
    // A page holds 100 by default: the queue shows the oldest 100.
    expect(Object.values(result.data!)[0]).toHaveLength(Math.min(expectedLength, DEFAULT_PAGE_SIZE));
    return result.extensions!.sqlStatements!;
  }

  it('gradingQueue and myJournals send the same ≤ 4 statements for 12 × 9 and 120 × 9 journals', async () => {
    const small = await scenario(12);
    const large = await scenario(120);
    const queueSmall = await statements(GRADING_QUEUE, small.cohortId, small.faculty.token, 12 * JOURNALS);
    const queueLarge = await statements(GRADING_QUEUE, large.cohortId, large.faculty.token, 120 * JOURNALS);
    const mineSmall = await statements(MY_JOURNALS, small.cohortId, small.participant.token, JOURNALS);
    const mineLarge = await statements(MY_JOURNALS, large.cohortId, large.participant.token, JOURNALS);
    expect(queueLarge).toBe(queueSmall);
    expect(mineLarge).toBe(mineSmall);
    expect(queueSmall).toBeLessThanOrEqual(4);
    expect(mineSmall).toBeLessThanOrEqual(4);
  });

  it('fetches a module once when one response shows it for a journal assignment and for a session', async () => {
    const { cohortId } = await givenCohort(app, admin);
    const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    const moduleId = await givenModule(app, faculty.token, cohortId);
    const assignmentId = await givenAssignment(app, faculty, moduleId);
    const sessionId = await givenSession(app, admin.token, cohortId, { moduleId });
    const count = async (query: string) => {
      const result = await app.gql(query, { a: assignmentId, s: sessionId }, faculty.token);
      expect(result.errors).toBeUndefined();
      return result.extensions!.sqlStatements!;
    };
    const withoutModules = await count(`query($a: ID!, $s: ID!) { journalAssignment(id: $a) { id } session(id: $s) { id } }`);
    const withModules = await count(`query($a: ID!, $s: ID!) { journalAssignment(id: $a) { id module { id } } session(id: $s) { id module { id } } }`);
    // Both point at the same module: one statement for it, not one per loader.
    expect(withModules - withoutModules).toBe(1);
  });
});
