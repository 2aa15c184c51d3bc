import { demoPassword, signIn } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const FIELDS = `status late assignment { title } body feedback`;

describe('demo journals', () => {
  let app: TestApp;
  let cohortId: string;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_DATA: 'true' });
    const token = await signIn(app, 'casey.coordinator@demo.iecmhc.example', demoPassword(app));
    const { cohorts } = await app.ok(`{ cohorts { id program { name } } }`, {}, token);
    cohortId = cohorts.find((cohort: { program: { name: string } }) => cohort.program.name === 'Statewide IECMHC Consultant Training').id;
  });

  afterAll(() => app.stop());

  it('has nine monthly assignments of 90 minutes, September to May, each in its own module', async () => {
    const token = await signIn(app, 'ana.beltran@demo.iecmhc.example', demoPassword(app));
    const { cohortJournalAssignments } = await app.ok(`query($c: ID!) { cohortJournalAssignments(cohortId: $c) { dueAt expectedMinutes moduleId } }`, { c: cohortId }, token);
    expect(cohortJournalAssignments.map((a: { dueAt: string }) => a.dueAt.slice(0, 7))).toEqual([
      '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05',
    ]);
    expect(cohortJournalAssignments.every((a: { expectedMinutes: number }) => a.expectedMinutes === 90)).toBe(true);
    expect(new Set(cohortJournalAssignments.map((a: { moduleId: string }) => a.moduleId)).size).toBe(9);
  });

  it('shows a participant her graded and submitted journals with feedback', async () => {
    const token = await signIn(app, 'ana.beltran@demo.iecmhc.example', demoPassword(app));
    const { myJournals } = await app.ok(`query($c: ID!) { myJournals(cohortId: $c) { ${FIELDS} } }`, { c: cohortId }, token);
    expect(myJournals.map((j: { status: string }) => j.status)).toEqual(['SATISFACTORY', 'SATISFACTORY', 'SUBMITTED']);
    expect(myJournals[0].feedback).toEqual(expect.any(String));
  });

  it('gives faculty a grading queue and has exactly one journal returned for revision', async () => {
    const token = await signIn(app, 'renata.alvarez@demo.iecmhc.example', demoPassword(app));
    const { gradingQueue } = await app.ok(`query($c: ID!) { gradingQueue(cohortId: $c) { ${FIELDS} } }`, { c: cohortId }, token);
    expect(gradingQueue).toHaveLength(10);
    expect(gradingQueue[0]).toMatchObject({ assignment: { title: 'Entering the consultative stance' }, late: true, body: expect.any(String) });
    const { rows } = await app.db.query(`SELECT status, count(*)::int AS n FROM journal_submission GROUP BY status`);
    expect(Object.fromEntries(rows.map((row) => [row.status, row.n]))).toEqual({ SATISFACTORY: 15, NEEDS_REVISION: 1, SUBMITTED: 10, DRAFT: 3 });
  });
});
