import { randomUUID } from 'node:crypto';
import {
  givenAssignment,
  givenAttendance,
  givenCohort,
  givenEntry,
  givenMember,
  givenModule,
  givenPlacement,
  givenSession,
  givenSubmitted,
  givenTwoCommunities,
  GRADE,
  SignedIn,
} from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

/** Whose records a question is about: a participant in a cohort, and their graded journal there. */
interface Subject {
  cohortId: string;
  userId: string;
  submissionId: string;
}

/** The four questions about one participant's records; a facilitator's answer must not depend on which is asked. */
const RECORD_QUESTIONS = {
  attendanceSummary: (subject: Subject) => ({
    query: `query($cohortId: ID!, $userId: ID) { attendanceSummary(cohortId: $cohortId, userId: $userId) { userId totalMinutes } }`,
    variables: { cohortId: subject.cohortId, userId: subject.userId },
  }),
  practicumSummary: (subject: Subject) => ({
    query: `query($cohortId: ID!, $userId: ID) { practicumSummary(cohortId: $cohortId, userId: $userId) { userId pendingMinutes } }`,
    variables: { cohortId: subject.cohortId, userId: subject.userId },
  }),
  progress: (subject: Subject) => ({
    query: `query($cohortId: ID!, $userId: ID) { progress(cohortId: $cohortId, userId: $userId) { eligible user { id } } }`,
    variables: { cohortId: subject.cohortId, userId: subject.userId },
  }),
  journalSubmission: (subject: Subject) => ({
    query: `query($id: ID!) { journalSubmission(id: $id) { id status participant { id } } }`,
    variables: { id: subject.submissionId },
  }),
};
type RecordQuestion = keyof typeof RECORD_QUESTIONS;
const QUESTIONS = Object.keys(RECORD_QUESTIONS) as RecordQuestion[];

const SET_UP_TIMEOUT_MS = 60_000;

/** What the first error says, or 'answered' when there is none. */
function outcome(result: GraphQLResponse): string {
  return result.errors?.[0]?.extensions?.code ?? 'answered';
}

/**
 * One cohort: North (facilitator N; participants PN and Ben), South (facilitator S; participant PS),
 * faculty and an admin. PN and PS each attended a meeting of their community, logged practicum
 * time and had a journal graded. An outsider is a participant of another cohort.
 */
describe('access to participants’ records', () => {
  let app: TestApp;
  let cohortId: string;
  let facilitatorN: SignedIn;
  let participantN: SignedIn;
  let ben: SignedIn;
  let participantS: SignedIn;
  let outsider: SignedIn;
  let recordsOfN: Subject;
  let recordsOfS: Subject;

  /** A meeting of the community the participant attended, a practicum entry of 90 minutes, a journal graded SATISFACTORY. */
  async function givenRecords(admin: SignedIn, faculty: SignedIn, communityId: string, participant: SignedIn, assignmentId: string): Promise<Subject> {
    const meetingId = await givenSession(app, admin.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, durationMinutes: 60 });
    await givenAttendance(app, [meetingId], [participant.id]);
    await givenEntry(app, participant, await givenPlacement(app, participant, cohortId), { minutes: 90 });
    const submitted = await givenSubmitted(app, participant, assignmentId);
    await app.ok(GRADE, { input: { submissionId: submitted.id, outcome: 'SATISFACTORY', feedback: 'Thoughtful.', version: submitted.version } }, faculty.token);
    return { cohortId, userId: participant.id, submissionId: submitted.id };
  }

  async function ask(asker: SignedIn, question: RecordQuestion, subject: Subject): Promise<GraphQLResponse> {
    const { query, variables } = RECORD_QUESTIONS[question](subject);
    return app.gql(query, variables, asker.token);
  }

  /** Every question's answer, keyed by question. */
  async function answers(asker: SignedIn, subject: Subject): Promise<Record<RecordQuestion, GraphQLResponse>> {
    const entries = await Promise.all(QUESTIONS.map(async (question) => [question, await ask(asker, question, subject)] as const));
    return Object.fromEntries(entries) as Record<RecordQuestion, GraphQLResponse>;
  }

  /** Each question's outcome, so one failure shows every answer side by side. */
  const outcomes = (answered: Record<RecordQuestion, GraphQLResponse>) =>
    Object.fromEntries(QUESTIONS.map((question) => [question, outcome(answered[question])]));

  const every = (code: string) => Object.fromEntries(QUESTIONS.map((question) => [question, code]));

  // Eight people signing up and their records outlast jest's default 5 s hook timeout on a busy machine.
  beforeAll(async () => {
    app = await startTestApp();
    const world = await givenTwoCommunities(app);
    ({ cohortId, facilitator: facilitatorN, ana: participantN, ben, cleo: participantS } = world);
    const moduleId = await givenModule(app, world.faculty.token, cohortId);
    const assignmentId = await givenAssignment(app, world.faculty, moduleId);
    recordsOfN = await givenRecords(world.admin, world.faculty, world.north, participantN, assignmentId);
    recordsOfS = await givenRecords(world.admin, world.faculty, world.south, participantS, assignmentId);
    outsider = await givenMember(app, world.admin, (await givenCohort(app, world.admin)).cohortId, 'PARTICIPANT');
  }, SET_UP_TIMEOUT_MS);

  afterAll(() => app?.stop());

  describe("North's facilitator", () => {
    it("is refused every record of South's participant, with the same code from each question", async () => {
      expect(outcomes(await answers(facilitatorN, recordsOfS))).toEqual(every('FORBIDDEN'));
    });

    it("is answered every record of their own community's participant", async () => {
      const answered = await answers(facilitatorN, recordsOfN);
      expect(outcomes(answered)).toEqual(every('answered'));
      expect(answered.attendanceSummary.data.attendanceSummary).toEqual({ userId: participantN.id, totalMinutes: 60 });
      expect(answered.practicumSummary.data.practicumSummary).toEqual({ userId: participantN.id, pendingMinutes: 90 });
      expect(answered.progress.data.progress.user.id).toBe(participantN.id);
      expect(answered.journalSubmission.data.journalSubmission).toEqual({ id: recordsOfN.submissionId, status: 'SATISFACTORY', participant: { id: participantN.id } });
    });

    it("lists their own community's participants in cohortProgress, and not South's", async () => {
      const result = await app.gql(`query($cohortId: ID!) { cohortProgress(cohortId: $cohortId) { user { id } } }`, { cohortId }, facilitatorN.token);
      expect(result.errors ?? []).toEqual([]);
      const listed = result.data.cohortProgress.map((progress: { user: { id: string } }) => progress.user.id);
      expect(listed).toEqual(expect.arrayContaining([participantN.id, ben.id]));
      expect(listed).not.toContain(participantS.id);
    });
  });

  it('refuses a participant of the same cohort every record of another participant', async () => {
    expect(outcomes(await answers(participantN, recordsOfS))).toEqual(every('FORBIDDEN'));
  });

  describe('an outsider (a participant of another cohort) asking about a real cohort and a random id', () => {
    /** The outsider's questions, in cohort `id`, about South's participant. */
    const OUTSIDER_QUESTIONS: Record<string, (id: string) => { query: string; variables: Record<string, unknown> }> = {
      cohort: (id) => ({ query: `query($id: ID!) { cohort(id: $id) { id } }`, variables: { id } }),
      progress: (id) => RECORD_QUESTIONS.progress({ ...recordsOfS, cohortId: id }),
      attendanceSummary: (id) => RECORD_QUESTIONS.attendanceSummary({ ...recordsOfS, cohortId: id }),
      practicumSummary: (id) => RECORD_QUESTIONS.practicumSummary({ ...recordsOfS, cohortId: id }),
    };

    async function errorOf(question: string, id: string) {
      const { query, variables } = OUTSIDER_QUESTIONS[question](id);
      const [first] = (await app.gql(query, variables, outsider.token)).errors ?? [];
      return { code: first?.extensions?.code, message: first?.message };
    }

    it.each(Object.keys(OUTSIDER_QUESTIONS))('%s: NOT_FOUND either way, in the same words (no existence oracle)', async (question) => {
      const real = await errorOf(question, cohortId);
      const unknown = await errorOf(question, randomUUID());
      expect({ real: real.code, unknown: unknown.code }).toEqual({ real: 'NOT_FOUND', unknown: 'NOT_FOUND' });
      expect(real.message).toBe(unknown.message);
    });
  });
});
