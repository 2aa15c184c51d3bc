import { Presets, SingleBar } from 'cli-progress';
import { Client } from 'pg';
import { BenchData, generateStatewideData, Scale } from './statewide-data';

export interface GeneratedData {
  data: BenchData;
  generationSeconds: number;
  /** Participants of the cohorts measured, counted in the database. */
  participants: { large: number; small: number; issue: number };
}

/** One bar on stderr, its label the generator's current step. */
function progressBar(): { report: (step: string, done: number, total: number) => void; stop: () => void } {
  const bar = new SingleBar({ format: ' {step} [{bar}] {value}/{total}', hideCursor: true, stream: process.stderr }, Presets.shades_classic);
  let started = false;
  let current = '';
  return {
    report(step, done, total) {
      if (!started) bar.start(total, done, { step });
      else if (step !== current) bar.setTotal(total);
      bar.update(done, { step });
      [started, current] = [true, step];
    },
    stop: () => bar.stop(),
  };
}

async function participantsOf(db: Client, cohortId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM enrollment WHERE cohort_id = $1 AND role = 'PARTICIPANT'`, [cohortId]);
  return rows[0].n;
}

/** Fills the app's migrated database with the statewide data (the generator vacuums and analyses it as it ends). */
export async function generateData(databaseUrl: string, scale: Scale): Promise<GeneratedData> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const bar = progressBar();
  try {
    const started = performance.now();
    const data = await generateStatewideData(db, scale, bar.report);
    const generationSeconds = (performance.now() - started) / 1000;
    const participants = {
      large: await participantsOf(db, data.largeCohortId),
      small: await participantsOf(db, data.smallCohortId),
      issue: await participantsOf(db, data.issueCohortId),
    };
    return { data, generationSeconds, participants };
  } finally {
    bar.stop();
    await db.end();
  }
}
