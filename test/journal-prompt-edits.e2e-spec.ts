import {
  errorCode,
  givenAssignment,
  givenJournalWorld,
  givenMember,
  givenSubmitted,
  GRADE,
  JournalWorld,
  RUBRIC,
  SAVE_DRAFT,
  SignedIn,
  SUBMIT,
} from './support/factories';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation($input: UpdateJournalAssignmentInput!) {
  updateJournalAssignment(input: $input) { id title prompt dueAt expectedMinutes }
}`;
const JOURNAL = `query($id: ID!) {
  journalSubmission(id: $id) { id status late prompt assignment { title prompt } versions { attempt title prompt body } }
}`;
const FIRST_PROMPT = 'Reflect on a moment this month when you slowd down.';
const FIXED_PROMPT = 'Reflect on a moment this month when you slowed down.';

describe('correcting a journal assignment after journals were submitted', () => {
  let app: TestApp;
  let world: JournalWorld;

  beforeAll(async () => {
    app = await startTestApp();
    world = await givenJournalWorld(app);
  });

  afterAll(() => app.stop());

  const newParticipant = () => givenMember(app, world.admin, world.cohort.cohortId, 'PARTICIPANT');
  /** An assignment of its own whose prompt has a typo, due `dueAt`. */
  async function givenTypo(dueAt = '2026-12-01T12:00:00Z'): Promise<string> {
    const assignmentId = await givenAssignment(app, world.faculty, world.moduleId, { title: 'Slowing dwon', dueAt });
    await app.db.query(`UPDATE journal_assignment SET prompt = $2 WHERE id = $1`, [assignmentId, FIRST_PROMPT]);
    return assignmentId;
  }
  const journal = async (id: string, who: SignedIn) => (await app.ok(JOURNAL, { id }, who.token)).journalSubmission;
  const assignmentAudit = async (assignmentId: string) =>
    (
      await app.db.query(
        `SELECT actor_id AS "actorId", before, after FROM audit_event WHERE action = 'journal_assignment.updated' AND entity_id = $1 ORDER BY occurred_at`,
        [assignmentId],
      )
    ).rows;

  it('keeps the title and prompt a submitted journal answered, while later journals answer the corrected ones', async () => {
    const assignmentId = await givenTypo();
    const early = await newParticipant();
    const late = await newParticipant();
    const submitted = await givenSubmitted(app, early, assignmentId, 'What I noticed.');
    const { saveJournalDraft: draft } = await app.ok(SAVE_DRAFT, { input: { assignmentId, body: 'Thinking…' } }, late.token);

    const { updateJournalAssignment } = await app.ok(UPDATE, { input: { assignmentId, title: 'Slowing down', prompt: FIXED_PROMPT } }, world.faculty.token);
    expect(updateJournalAssignment).toMatchObject({ title: 'Slowing down', prompt: FIXED_PROMPT });

    expect(await journal(submitted.id, early)).toMatchObject({
      prompt: FIRST_PROMPT,
      assignment: { title: 'Slowing down', prompt: FIXED_PROMPT },
      versions: [{ attempt: 1, title: 'Slowing dwon', prompt: FIRST_PROMPT, body: 'What I noticed.' }],
    });
    // Faculty grading it read what the participant read.
    expect(await journal(submitted.id, world.faculty)).toMatchObject({ prompt: FIRST_PROMPT, versions: [{ prompt: FIRST_PROMPT }] });
    // A journal still in draft answers the prompt as it reads now, and so does its submission.
    expect(await journal(draft.id, late)).toMatchObject({ prompt: FIXED_PROMPT, versions: [] });
    const { submitJournal } = await app.ok(SUBMIT, { input: { assignmentId, body: 'My reflection.' } }, late.token);
    expect(await journal(submitJournal.id, late)).toMatchObject({ prompt: FIXED_PROMPT, versions: [{ title: 'Slowing down', prompt: FIXED_PROMPT }] });
  });

  it('lets a resubmission answer the corrected prompt while the first attempt keeps the one it answered', async () => {
    const assignmentId = await givenTypo();
    const participant = await newParticipant();
    const first = await givenSubmitted(app, participant, assignmentId, 'First attempt.');
    const returned = await app.ok(GRADE, { input: { submissionId: first.id, outcome: 'NEEDS_REVISION', feedback: 'Say more.', version: first.version } }, world.faculty.token);
    await app.ok(UPDATE, { input: { assignmentId, prompt: FIXED_PROMPT } }, world.admin.token);
    expect((await journal(first.id, participant)).prompt).toBe(FIRST_PROMPT);
    expect(returned.gradeJournal.status).toBe('NEEDS_REVISION');

    await app.ok(SUBMIT, { input: { assignmentId, body: 'Second attempt.' } }, participant.token);
    expect(await journal(first.id, participant)).toMatchObject({
      prompt: FIXED_PROMPT,
      versions: [
        { attempt: 1, prompt: FIRST_PROMPT, body: 'First attempt.' },
        { attempt: 2, prompt: FIXED_PROMPT, body: 'Second attempt.' },
      ],
    });
  });

  it('audits the change with before and after, keeping only that the prompt changed, never its text', async () => {
    const assignmentId = await givenTypo();
    await givenSubmitted(app, await newParticipant(), assignmentId);
    await app.ok(UPDATE, { input: { assignmentId, prompt: FIXED_PROMPT, expectedMinutes: 60 } }, world.faculty.token);
    const rows = await assignmentAudit(assignmentId);
    expect(rows).toEqual([
      {
        actorId: world.faculty.id,
        before: { title: 'Slowing dwon', dueAt: '2026-12-01T12:00:00.000Z', expectedMinutes: 90 },
        after: { title: 'Slowing dwon', dueAt: '2026-12-01T12:00:00.000Z', expectedMinutes: 60, promptChanged: true },
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain('slowed');
    expect(JSON.stringify(rows)).not.toContain('slowd');
  });

  it('judges submitted journals’ lateness again against a corrected due date, an extension still counting when later', async () => {
    // Due in the past: everything submitted now is late.
    const assignmentId = await givenTypo('2026-10-18T23:59:00Z');
    const participant = await newParticipant();
    const extended = await newParticipant();
    await app.ok(
      `mutation($input: GrantExtensionInput!) { grantExtension(input: $input) { id } }`,
      { input: { assignmentId, userId: extended.id, dueAt: '2026-12-17T12:00:00Z' } },
      world.faculty.token,
    );
    const journalOf = await givenSubmitted(app, participant, assignmentId);
    const extendedJournal = await givenSubmitted(app, extended, assignmentId);
    expect([journalOf.late, extendedJournal.late]).toEqual([true, false]);

    await app.ok(UPDATE, { input: { assignmentId, dueAt: '2026-12-10T23:59:00Z' } }, world.faculty.token);
    expect((await journal(journalOf.id, participant)).late).toBe(false);
    expect((await journal(extendedJournal.id, extended)).late).toBe(false);
    const [row] = (await assignmentAudit(assignmentId)).slice(-1);
    expect(row.after).toMatchObject({ dueAt: '2026-12-10T23:59:00.000Z', lateRejudged: [{ submissionId: journalOf.id, late: false }] });

    // Back before today: late again, but not the journal whose extension is later.
    await app.ok(UPDATE, { input: { assignmentId, dueAt: '2026-10-20T23:59:00Z' } }, world.admin.token);
    expect((await journal(journalOf.id, participant)).late).toBe(true);
    expect((await journal(extendedJournal.id, extended)).late).toBe(false);
  });

  describe('refuses, writing nothing', () => {
    let assignmentId: string;

    beforeAll(async () => {
      assignmentId = await givenAssignment(app, world.faculty, world.moduleId, { rubric: RUBRIC, dueAt: '2026-12-01T12:00:00Z' });
      await givenSubmitted(app, world.participant, assignmentId);
    });

    const state = async () => ({
      assignments: (await app.db.query(`SELECT * FROM journal_assignment ORDER BY id`)).rows,
      journals: (await app.db.query(`SELECT id, late, version FROM journal_submission ORDER BY id`)).rows,
      audit: (await app.db.query(`SELECT count(*)::int AS n FROM audit_event`)).rows[0].n,
    });

    async function expectRefused(call: () => Promise<GraphQLResponse>, code: string, fields?: string[]) {
      const before = await state();
      const result = await call();
      expect(errorCode(result)).toBe(code);
      if (fields) expect(result.errors![0].extensions!.fields).toEqual(fields);
      expect(await state()).toEqual(before);
    }

    it.each([
      ['title', { title: '  ' }],
      ['prompt', { prompt: ' \n ' }],
      ['dueAt', { dueAt: '2027-01-10T12:00:00Z' }],
      ['dueAt', { dueAt: '2025-12-31T23:00:00Z' }],
      ['dueAt', { dueAt: '2026-12-01T12:00:00' }],
      ['expectedMinutes', { expectedMinutes: 0 }],
    ])('a bad %s', async (field, change) => {
      await expectRefused(() => app.gql(UPDATE, { input: { assignmentId, ...change } }, world.faculty.token), 'BAD_USER_INPUT', [field]);
    });

    it('a new rubric once someone submitted: CONFLICT, as grades name its levels', async () => {
      await expectRefused(() => app.gql(UPDATE, { input: { assignmentId, title: 'Renamed', rubric: null } }, world.faculty.token), 'CONFLICT');
    });

    it('an unknown assignment: NOT_FOUND; facilitators and participants: FORBIDDEN', async () => {
      await expectRefused(() => app.gql(UPDATE, { input: { assignmentId: '00000000-0000-4000-8000-000000000000', title: 'Lost' } }, world.admin.token), 'NOT_FOUND');
      for (const person of [world.facilitator, world.participant]) {
        await expectRefused(() => app.gql(UPDATE, { input: { assignmentId, prompt: 'Anything.' } }, person.token), 'FORBIDDEN');
      }
    });
  });
});
