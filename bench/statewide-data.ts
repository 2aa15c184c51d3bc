import { Client } from 'pg';
import { hashPassword } from '../src/auth/password-hasher';
import { certifyCohort } from './statewide-certificates';
import { CohortPlan, stableId, statewidePlan } from './statewide-plan';
import { recordStatements, Statement, structureStatements } from './statewide-sql';

export type Scale = 'full' | 'small';
export interface BenchPerson { id: string; email: string; password: string }
export interface BenchData {
  /** 20 cohorts x 500 participants at full scale (small: 2 x 50); a 12-person cohort besides. */
  largeCohortId: string;          // a 500-participant cohort (small: 50), with sessions, attendance, journals (many SUBMITTED awaiting grading), practicum, requirements
  smallCohortId: string;          // a 12-participant cohort, same shape
  largeCohortFaculty: BenchPerson; // FACULTY of largeCohortId (for gradingQueue and the grading page)
  smallCohortFaculty: BenchPerson;
  participant: BenchPerson;        // a participant of largeCohortId with full records (for progress(cohortId, userId) and the journal page)
  journalAssignmentId: string;     // an assignment of largeCohortId the participant has a submission for (the journal page /journals/<id>)
  certificateCodes: string[];      // codes of issued certificates (5,000 at full scale; small: 50, one finished cohort's) for verifyCertificate / GET /verify/:code
  issueCohortId: string;           // a cohort of 1,000 participants (small: 100) eligible for a certificate and holding none (issueCertificates)
  counts: Record<string, number>;  // rows generated per table, for the report
}

/** Every generated person signs in with this password. */
export const BENCH_PASSWORD = 'statewide-bench-password';

interface Step {
  name: string;
  run: () => Promise<Record<string, number>>;
}

/**
 * Fills an already migrated, empty database (the app has run its migrations) with fictional data; set-based SQL or COPY, under a minute at full scale; reports progress.
 *
 * The statewide network as of today: four regional programs; cohorts of twelve four-week cycles
 * (seminars, communities of practice, reflective practice, monthly journals, practicum entries),
 * half of the 500-person ones finished a year ago and certified, half running now with their
 * grading queues full; a 12-person cohort; and a 1,000-person cohort that finished ten weeks ago,
 * eligible and awaiting its certificates. Sessions, due dates and entries are placed around the
 * database's clock (`now()`), so the data is "as of today" whenever it is generated.
 *
 * One transaction: the app runs meanwhile (its reminder sweep runs at start), and must see no half
 * of the records. Then a vacuum. `onProgress` is called as each step starts (`done`: steps
 * finished) and once when all are.
 */
export async function generateStatewideData(db: Client, scale: Scale, onProgress: (step: string, done: number, total: number) => void): Promise<BenchData> {
  const plan = statewidePlan(scale);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const steps: Step[] = [
    ...structureStatements(plan.cohorts, passwordHash).map(statementStep(db)),
    // The records' statements join these: without statistics the planner guesses their sizes.
    { name: 'planner statistics of the set-up', run: () => command(db, 'ANALYZE cohort, enrollment, community_member, session, journal_assignment') },
    ...recordStatements(plan.cohorts, new Date()).map(statementStep(db)),
    ...plan.cohorts.filter((cohort) => cohort.certified).map((cohort) => certificationStep(db, cohort)),
  ];
  const total = steps.length + 1;
  const counts: Record<string, number> = {};
  await db.query('BEGIN');
  try {
    // Hash joins over the generated sets want memory; a lost commit would only lose generated rows.
    await db.query(`SET LOCAL work_mem = '64MB'; SET LOCAL synchronous_commit = off`);
    for (const [done, step] of steps.entries()) {
      onProgress(step.name, done, total);
      for (const [table, rows] of Object.entries(await step.run())) counts[table] = (counts[table] ?? 0) + rows;
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  // Visibility maps, hint bits and statistics as a database that has been running has them: the app's plans are a live database's,
  // and autovacuum has nothing left to do during the measurements.
  onProgress('vacuum and planner statistics', steps.length, total);
  await db.query('VACUUM (ANALYZE)');
  onProgress('done', total, total);
  return { ...(await benchRecords(db, plan.large, plan.small)), issueCohortId: stableId('cohort', plan.issue.n), counts };
}

function statementStep(db: Client): (statement: Statement) => Step {
  return ({ step, table, text, values }) => ({
    name: step,
    run: async () => ({ [table]: (await db.query(text, values)).rowCount ?? 0 }),
  });
}

function certificationStep(db: Client, cohort: CohortPlan): Step {
  return { name: `certificates and CE records of ${cohort.label}`, run: () => certifyCohort(db, cohort) };
}

async function command(db: Client, sql: string): Promise<Record<string, number>> {
  await db.query(sql);
  return {};
}

/** The people and records the benchmark drives, found by their stable ids. */
async function benchRecords(db: Client, large: CohortPlan, small: CohortPlan): Promise<Omit<BenchData, 'issueCohortId' | 'counts'>> {
  const person = async (id: string): Promise<BenchPerson> => {
    const { rows: [user] } = await db.query<{ email: string }>('SELECT email FROM app_user WHERE id = $1', [id]);
    if (!user) throw new Error(`No generated person ${id}`);
    return { id, email: user.email, password: BENCH_PASSWORD };
  };
  const participant = await person(stableId('participant', large.n, 1));
  const { rows: [journal] } = await db.query<{ assignment_id: string }>(
    `SELECT j.assignment_id FROM journal_submission j JOIN journal_assignment a ON a.id = j.assignment_id
      WHERE j.participant_id = $1 AND j.status <> 'DRAFT' ORDER BY a.due_at DESC LIMIT 1`,
    [participant.id],
  );
  const { rows: codes } = await db.query<{ code: string }>('SELECT code FROM certificate WHERE revoked_at IS NULL ORDER BY status_list_index');
  return {
    largeCohortId: stableId('cohort', large.n),
    smallCohortId: stableId('cohort', small.n),
    largeCohortFaculty: await person(stableId('faculty', large.n, 1)),
    smallCohortFaculty: await person(stableId('faculty', small.n, 1)),
    participant,
    journalAssignmentId: journal.assignment_id,
    certificateCodes: codes.map((row) => row.code),
  };
}
