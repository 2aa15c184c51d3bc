import { setTimeout as sleep } from 'node:timers/promises';
import { SignedIn, signInAdmin } from './support/factories';
import { OwnDatabase } from './support/own-database';
import { startTestProcess, TestProcess } from './support/test-app';

const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`;
const PROGRAMS = `{ programs { id } }`;
const CLIENTS = 6;
const OUTAGE_MS = 3000;
const RECOVERY_LIMIT_MS = 15000;
const NAME_PREFIX = 'Outage drill';

interface Outcome {
  kind: 'write' | 'read';
  sentAt: number;
  answeredAt: number;
  /** 'OK', the GraphQL error code, or 'NO_ANSWER' when the process did not answer at all. */
  code: string;
  /** The program a write created, once acknowledged. */
  programId?: string;
}

/** A few clients sending writes (a program and its audit row, in one transaction) and reads back to back until stopped. */
class Traffic {
  readonly outcomes: Outcome[] = [];
  private running = true;
  private readonly clients: Promise<void>[];

  constructor(
    private readonly app: TestProcess,
    private readonly token: string,
  ) {
    this.clients = Array.from({ length: CLIENTS }, (_, client) => this.client(client));
  }

  private async client(client: number): Promise<void> {
    for (let n = 0; this.running; n += 1) {
      const write = n % 2 === 0;
      const outcome: Outcome = { kind: write ? 'write' : 'read', sentAt: Date.now(), answeredAt: 0, code: 'NO_ANSWER' };
      try {
        const result = write
          ? await this.app.gql(CREATE_PROGRAM, { input: { name: `${NAME_PREFIX} ${client}-${n}` } }, this.token)
          : await this.app.gql(PROGRAMS, {}, this.token);
        outcome.code = result.errors?.[0]?.extensions?.code ?? 'OK';
        if (write && !result.errors) outcome.programId = result.data.createProgram.id;
      } catch {
        // no answer: the process is gone
      }
      outcome.answeredAt = Date.now();
      this.outcomes.push(outcome);
      if (outcome.code !== 'OK') await sleep(50); // a client backing off before it retries
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.clients);
  }

  async firstSuccessAfter(time: number, limitMs: number): Promise<number | undefined> {
    const deadline = time + limitMs;
    for (;;) {
      const success = this.outcomes.find((outcome) => outcome.answeredAt > time && outcome.code === 'OK');
      if (success || Date.now() > deadline) return success?.answeredAt;
      await sleep(20);
    }
  }

  codes(outcomes = this.outcomes): string[] {
    return [...new Set(outcomes.map((outcome) => outcome.code))].sort();
  }
}

describe('a database restart while requests flow', () => {
  let database: OwnDatabase;
  let app: TestProcess;
  let admin: SignedIn;

  beforeAll(async () => {
    // Its own server: the one the other suites share must never stop.
    database = await OwnDatabase.start();
    app = await startTestProcess({}, { databaseUrl: await database.database('iecmhc') });
    admin = await signInAdmin(app);
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  const readiness = async () => {
    const response = await fetch(`${app.baseUrl}/health/ready`);
    return { status: response.status, body: await response.json() };
  };

  it('keeps the process up, answers SERVICE_UNAVAILABLE and 503 meanwhile, serves again soon after, and loses or half-writes nothing', async () => {
    const traffic = new Traffic(app, admin.token);
    await sleep(500);
    await database.pause();
    const down = Date.now();
    await sleep(OUTAGE_MS / 2);
    const readyDuringOutage = await readiness();
    const pageDuringOutage = await fetch(`${app.baseUrl}/verify/ABCD-EFGH-JKLM`);
    await sleep(OUTAGE_MS / 2);
    const resumedAt = Date.now();
    await database.resume();
    const back = Date.now();
    const recoveredAt = await traffic.firstSuccessAfter(back, RECOVERY_LIMIT_MS);
    await sleep(300);
    await traffic.stop();

    expect(app.running).toBe(true);
    expect(traffic.codes()).toEqual(['OK', 'SERVICE_UNAVAILABLE']);
    const duringOutage = traffic.outcomes.filter((outcome) => outcome.sentAt > down && outcome.answeredAt < resumedAt);
    expect(duringOutage.length).toBeGreaterThan(CLIENTS);
    expect(traffic.codes(duringOutage)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(readyDuringOutage).toMatchObject({ status: 503, body: { error: { database: { status: 'down' } } } });
    expect(pageDuringOutage.status).toBe(503);
    expect(pageDuringOutage.headers.get('retry-after')).toBe('5');
    expect(recoveredAt).toBeDefined();
    expect(recoveredAt! - back).toBeLessThan(RECOVERY_LIMIT_MS);
    expect((await readiness()).status).toBe(200);

    // Every acknowledged write is there; every program written has its audit row and no audit row lacks its program.
    const acknowledged = traffic.outcomes.flatMap((outcome) => outcome.programId ?? []);
    expect(acknowledged.length).toBeGreaterThan(CLIENTS);
    const { rows: found } = await app.db.query('SELECT id FROM program WHERE id = ANY($1)', [acknowledged]);
    expect(found).toHaveLength(acknowledged.length);
    const { rows: halves } = await app.db.query(
      `SELECT p.id AS program, a.entity_id AS audited
         FROM (SELECT id FROM program WHERE name LIKE $1) p
         FULL JOIN (SELECT entity_id FROM audit_event WHERE action = 'program.created') a ON a.entity_id = p.id
        WHERE p.id IS NULL OR a.entity_id IS NULL`,
      [`${NAME_PREFIX}%`],
    );
    expect(halves).toEqual([]);

    // An outage is logged as a warning with its code, never as a failure with a stack or the request's values.
    const log = app.output.join('');
    expect(log).toContain('"msg":"Database unavailable"');
    expect(log).not.toContain('GraphQL operation failed');
    expect(log).not.toContain(NAME_PREFIX);
  });
});
