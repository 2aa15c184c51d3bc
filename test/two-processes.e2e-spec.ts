import {
  countRows,
  errorCode,
  givenCohort,
  givenEligible,
  givenJournalWorld,
  givenMember,
  givenSubmitted,
  JournalWorld,
  SignedIn,
} from './support/factories';
import { GraphQLResponse, startSecondApp, startTestProcess, TestApp } from './support/test-app';

const ISSUE = `mutation($input: IssueCertificateInput!) { issueCertificate(input: $input) { id } }`;
const GRADE = `mutation($input: GradeJournalInput!) { gradeJournal(input: $input) { id status version } }`;
const RESUBMIT = `mutation($input: SubmitJournalInput!) { submitJournal(input: $input) { id version } }`;
const TRIALS = 1000;
/** Submissions graded side by side, each through its own run of trials. */
const LANES = 4;

/** Two replicas of the service, each its own process, on one database: what a deployment with two instances does. */
describe('two processes on one database', () => {
  let first: TestApp;
  let second: TestApp;
  let world: JournalWorld;

  beforeAll(async () => {
    first = await startTestProcess();
    second = await startSecondApp(first, { asProcess: true });
    world = await givenJournalWorld(first);
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  /** Requests alternate between the two processes. */
  const instance = (n: number) => (n % 2 === 0 ? first : second);
  const grade = (app: TestApp, grader: SignedIn, submissionId: string, version: number, outcome: string): Promise<GraphQLResponse> =>
    app.gql(GRADE, { input: { submissionId, outcome, feedback: 'Thoughtful work.', version } }, grader.token);

  it('gives 100 concurrent callers one certificate, one audit row and the same id', async () => {
    const cohort = await givenCohort(first, world.admin);
    const participant = await givenMember(first, world.admin, cohort.cohortId, 'PARTICIPANT');
    await givenEligible(first, world.admin, cohort.cohortId, [participant.id]);
    const input = { cohortId: cohort.cohortId, userId: participant.id };
    const results = await Promise.all(Array.from({ length: 100 }, (_, n) => instance(n).gql(ISSUE, { input }, world.admin.token)));
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const ids = new Set(results.map((result) => result.data.issueCertificate.id));
    expect(ids.size).toBe(1);
    expect(await countRows(first, 'certificate', 'cohort_id = $1 AND user_id = $2', [cohort.cohortId, participant.id])).toBe(1);
    expect(await countRows(first, 'audit_event', `action = 'certificate.issued' AND cohort_id = $1`, [cohort.cohortId])).toBe(1);
  });

  it('lets exactly one of two faculty grading the same version at once win; the other gets CONFLICT', async () => {
    const secondFaculty = await givenMember(first, world.admin, world.cohort.cohortId, 'FACULTY');
    const participant = await givenMember(first, world.admin, world.cohort.cohortId, 'PARTICIPANT');
    const submission = await givenSubmitted(first, participant, world.assignmentId);
    const results = await Promise.all([
      grade(first, world.faculty, submission.id, submission.version, 'SATISFACTORY'),
      grade(second, secondFaculty, submission.id, submission.version, 'NEEDS_REVISION'),
    ]);
    expect(results.map((result) => errorCode(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((result) => !result.errors)!.data!.gradeJournal;
    expect(await countRows(first, 'journal_grade', 'submission_id = $1', [submission.id])).toBe(1);
    expect(await countRows(first, 'audit_event', "entity_id = $1 AND action = 'journal.graded'", [submission.id])).toBe(1);
    const { rows } = await first.db.query('SELECT status, version FROM journal_submission WHERE id = $1', [submission.id]);
    expect(rows[0]).toEqual({ status: winner.status, version: submission.version + 1 });
  });

  it(`gives one win and one CONFLICT in each of ${TRIALS} races between the processes, with one grade and one audit row each`, async () => {
    const secondFaculty = await givenMember(first, world.admin, world.cohort.cohortId, 'FACULTY');
    const participant = await givenMember(first, world.admin, world.cohort.cohortId, 'PARTICIPANT');
    const submissionIds: string[] = [];
    /** Trials whose two answers were not one win and one CONFLICT, with what they were. */
    const wrong: { lane: number; version: number; codes: string[] }[] = [];

    // Each lane grades one submission: both faculty at once, each through a different process, asking
    // for a revision; the participant resubmits, and the next trial races on the new version.
    const lane = async (laneNumber: number) => {
      const assignment = await first.ok(
        `mutation($input: CreateJournalAssignmentInput!) { createJournalAssignment(input: $input) { id } }`,
        { input: { moduleId: world.moduleId, title: `Race ${laneNumber}`, prompt: 'Reflect.', dueAt: '2026-12-18T23:59:00Z', expectedMinutes: 30 } },
        world.faculty.token,
      );
      let submission = await givenSubmitted(first, participant, assignment.createJournalAssignment.id);
      submissionIds.push(submission.id);
      for (let trial = laneNumber; trial < TRIALS; trial += LANES) {
        const [oneGrader, otherGrader] = trial % 2 === 0 ? [world.faculty, secondFaculty] : [secondFaculty, world.faculty];
        const results = await Promise.all([
          grade(first, oneGrader, submission.id, submission.version, 'NEEDS_REVISION'),
          grade(second, otherGrader, submission.id, submission.version, 'NEEDS_REVISION'),
        ]);
        const codes = results.map((result) => errorCode(result) ?? 'OK').sort();
        if (codes.join() !== 'CONFLICT,OK') wrong.push({ lane: laneNumber, version: submission.version, codes });
        const resubmitted = await instance(trial).ok(RESUBMIT, { input: { assignmentId: assignment.createJournalAssignment.id, body: `Revision ${trial}` } }, participant.token);
        submission = { ...submission, version: resubmitted.submitJournal.version };
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, laneNumber) => lane(laneNumber)));

    expect(wrong).toEqual([]);
    const { rows: grades } = await first.db.query(
      `SELECT count(*)::int AS grades, count(DISTINCT (submission_id, graded_version))::int AS versions
         FROM journal_grade WHERE submission_id = ANY($1)`,
      [submissionIds],
    );
    expect(grades[0]).toEqual({ grades: TRIALS, versions: TRIALS });
    const { rows: audits } = await first.db.query(
      `SELECT count(*)::int AS audits, count(DISTINCT (entity_id, after->>'version'))::int AS versions
         FROM audit_event WHERE action = 'journal.graded' AND entity_id = ANY($1)`,
      [submissionIds],
    );
    expect(audits[0]).toEqual({ audits: TRIALS, versions: TRIALS });
  }, 180_000);
});
