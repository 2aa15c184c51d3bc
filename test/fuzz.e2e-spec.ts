import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { GraphQLField } from 'graphql';
import { problemsWith, send } from './support/fuzz/call-oracle';
import { changedTables, fingerprinter } from './support/fuzz/database-fingerprint';
import { FuzzCall, fuzzCalls } from './support/fuzz/fuzz-call';
import { mutationsOf } from './support/fuzz/schema';
import { Tally } from './support/fuzz/tally';
import { ACCOUNT_CHANGING, FuzzWorld, givenFuzzWorld } from './support/fuzz/world';
import { startTestApp, TestApp } from './support/test-app';

/** A fixed seed, so a failure replays; FUZZ_SEED explores others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** FUZZ_SURVEY=<file>: make every call instead of stopping at the first failure, and write each distinct failure and the calls per mutation to <file>. */
const SURVEY = process.env.FUZZ_SURVEY;

describe('every mutation, fuzzed', () => {
  let app: TestApp;
  let world: FuzzWorld;
  let mutations: GraphQLField<unknown, unknown>[];

  beforeAll(async () => {
    app = await startTestApp();
    world = await givenFuzzWorld(app);
    mutations = await mutationsOf(app);
  });

  afterAll(async () => app?.stop());

  /** A mutation by name, as introspection described it. */
  const mutation = (name: string) => mutations.find((candidate) => candidate.name === name)!;

  describe('the checks themselves', () => {
    it('see a change in any table between two fingerprints', async () => {
      const fingerprint = await fingerprinter(app.db);
      const before = await fingerprint();
      const [programId] = world.idsByStem.program;
      await app.db.query(`UPDATE program SET description = coalesce(description, '') || '.' WHERE id = $1`, [programId]);
      expect(changedTables(before, await fingerprint())).toEqual(['program']);
    });

    it('catch a server error, a stack trace, SQL text, an unnamed field, a write by a refusal and an accepted NUL', () => {
      const call = new FuzzCall(mutation('createProgram'), 'admin', 'variables', { input: { name: 'A\u0000B' } });
      const failed = { message: 'duplicate key value violates unique constraint\n    at Repository.insert (src/programs/programs.repository.ts:12:5)', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      const vague = { message: 'Bad', extensions: { code: 'BAD_USER_INPUT', fields: ['nonsense'] } };
      expect(problemsWith(call, { status: 200, text: '', body: { errors: [failed, vague] } }, ['program'])).toEqual([
        expect.stringMatching(/^unexpected error INTERNAL_SERVER_ERROR/),
        expect.stringMatching(/^stack trace/),
        expect.stringMatching(/^SQL text/),
        expect.stringMatching(/^BAD_USER_INPUT naming "nonsense"/),
        expect.stringMatching(/^refused \(INTERNAL_SERVER_ERROR, BAD_USER_INPUT\) yet changed program/),
      ]);
      expect(problemsWith(call, { status: 200, text: '', body: { data: { createProgram: { id: 'x' } } } }, ['program'])).toEqual(['accepted NUL or an unpaired surrogate in input.name']);
    });
  });

  it(`answers ${RUNS} generated calls with no server error, stack trace or SQL text, names the bad field, and a refused call writes nothing`, async () => {
    const fingerprint = await fingerprinter(app.db);
    const tally = new Tally();
    let last = await fingerprint();
    await fc.assert(
      fc.asyncProperty(fuzzCalls(mutations, world), async (call) => {
        const answer = await send(app, call, world.tokens[call.actor]);
        const now = await fingerprint();
        const problems = problemsWith(call, answer, changedTables(last, now));
        last = now;
        tally.record(call, answer, problems);
        if (problems.length && !SURVEY) throw new Error(problems.join('\n'));
        if (ACCOUNT_CHANGING.has(call.mutation.name)) {
          await world.restoreAccounts();
          last = await fingerprint();
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    if (SURVEY) writeFileSync(SURVEY, tally.report());

    expect(tally.distinctFailures().length).toBe(0);
    expect(tally.total).toBeGreaterThanOrEqual(RUNS);
    // Every mutation was reached, and plausible calls got past validation.
    expect(mutations.map((each) => each.name).filter((name) => !tally.calls.get(name))).toEqual([]);
    expect(tally.succeeded).toBeGreaterThan(RUNS / 40);
  }, 600_000);
});
