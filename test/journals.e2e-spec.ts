import {
  ASSIGNMENT_SUBMISSIONS,
  countRows,
  CREATE_ASSIGNMENT,
  enroll,
  errorCode,
  givenAssignment,
  givenCohort,
  givenCommunity,
  givenJournalWorld,
  givenMember,
  givenModule,
  givenSubmitted,
  GRADE,
  GRADING_QUEUE,
  GRANT_EXTENSION,
  JournalWorld,
  MY_JOURNALS,
  RUBRIC,
  SAVE_DRAFT,
  SignedIn,
  SUBMISSION,
  SUBMIT,
  UPDATE_ASSIGNMENT,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('reflective journals', () => {
  let app: TestApp;
  let world: JournalWorld;
  let otherFaculty: SignedIn;
  let otherParticipant: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    world = await givenJournalWorld(app);
    const otherCohort = await givenCohort(app, world.admin);
    otherFaculty = await givenMember(app, world.admin, otherCohort.cohortId, 'FACULTY');
    otherParticipant = await givenMember(app, world.admin, otherCohort.cohortId, 'PARTICIPANT');
  });

  afterAll(() => app.stop());

  const newParticipant = () => givenMember(app, world.admin, world.cohort.cohortId, 'PARTICIPANT');
  const newAssignment = (fields: Parameters<typeof givenAssignment>[3] = {}) => givenAssignment(app, world.faculty, world.moduleId, { rubric: RUBRIC, ...fields });
  const submissionRow = async (id: string) => (await app.db.query(`SELECT status, version, body, late FROM journal_submission WHERE id = $1`, [id])).rows[0];
  const grade = (token: string, submissionId: string, version: number, extra: Record<string, unknown> = {}) =>
    app.gql(GRADE, { input: { submissionId, outcome: 'SATISFACTORY', feedback: 'Thoughtful work.', version, ...extra } }, token);

  describe('assignments', () => {
    it('lets cohort faculty create one with a rubric, listed for the module and the cohort', async () => {
      const input = { moduleId: world.moduleId, title: 'Noticing my reactions', prompt: 'What did you feel?', dueAt: '2026-11-18T23:59:00Z', expectedMinutes: 120, rubric: RUBRIC };
      const { createJournalAssignment } = await app.ok(CREATE_ASSIGNMENT, { input }, world.faculty.token);
      expect(createJournalAssignment).toMatchObject({
        title: 'Noticing my reactions',
        dueAt: '2026-11-18T23:59:00.000Z',
        expectedMinutes: 120,
        moduleId: world.moduleId,
        cohortId: world.cohort.cohortId,
        rubric: { criteria: [{ key: 'stance', levels: [{ key: 'emerging', points: 1 }, { key: 'proficient', points: 2 }] }, { key: 'parallel' }] },
      });
      const { journalAssignments } = await app.ok(`query($m: ID!) { journalAssignments(moduleId: $m) { id module { id } } }`, { m: world.moduleId }, world.participant.token);
      expect(journalAssignments).toContainEqual({ id: createJournalAssignment.id, module: { id: world.moduleId } });
      const { cohortJournalAssignments } = await app.ok(`query($c: ID!) { cohortJournalAssignments(cohortId: $c) { id } }`, { c: world.cohort.cohortId }, world.facilitator.token);
      expect(cohortJournalAssignments).toContainEqual({ id: createJournalAssignment.id });
    });

    it.each([
      ['dueAt', { dueAt: '2027-01-10T12:00:00Z' }],
      ['dueAt', { dueAt: '2025-12-31T00:00:00Z' }],
      ['expectedMinutes', { expectedMinutes: 0 }],
      ['title', { title: '   ' }],
      ['rubric', { rubric: { criteria: [RUBRIC.criteria[0], RUBRIC.criteria[0]] } }],
      ['rubric.criteria.0.levels', { rubric: { criteria: [{ key: 'stance', title: 'Stance', levels: [] }] } }],
    ])('refuses a bad %s and writes nothing', async (field, override) => {
      const before = await countRows(app, 'journal_assignment');
      const input = { moduleId: world.moduleId, title: 'T', prompt: 'P', dueAt: '2026-10-01T12:00:00Z', expectedMinutes: 90, ...override };
      const result = await app.gql(CREATE_ASSIGNMENT, { input }, world.faculty.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual([field]);
      expect(await countRows(app, 'journal_assignment')).toBe(before);
    });

    it('refuses facilitators and participants, and tells faculty of another cohort the module does not exist', async () => {
      const input = { moduleId: world.moduleId, title: 'T', prompt: 'P', dueAt: '2026-10-01T12:00:00Z', expectedMinutes: 90 };
      for (const person of [world.facilitator, world.participant]) {
        expect(errorCode(await app.gql(CREATE_ASSIGNMENT, { input }, person.token))).toBe('FORBIDDEN');
      }
      expect(errorCode(await app.gql(CREATE_ASSIGNMENT, { input }, otherFaculty.token))).toBe('NOT_FOUND');
    });

    it('can be edited while only drafts exist; once someone submitted, all but its rubric', async () => {
      const assignmentId = await newAssignment({ dueAt: '2026-12-01T12:00:00Z' });
      await app.ok(SAVE_DRAFT, { input: { assignmentId, body: 'Just started' } }, world.participant.token);
      const { updateJournalAssignment } = await app.ok(UPDATE_ASSIGNMENT, { input: { assignmentId, title: 'Renamed', expectedMinutes: 60 } }, world.admin.token);
      expect(updateJournalAssignment).toMatchObject({ title: 'Renamed', expectedMinutes: 60 });
      expect(errorCode(await app.gql(UPDATE_ASSIGNMENT, { input: { assignmentId, dueAt: '2027-03-01T00:00:00Z' } }, world.faculty.token))).toBe('BAD_USER_INPUT');
      await givenSubmitted(app, world.participant, assignmentId);
      const refused = await app.gql(UPDATE_ASSIGNMENT, { input: { assignmentId, title: 'Again', rubric: null } }, world.faculty.token);
      expect(errorCode(refused)).toBe('CONFLICT');
      const { rows } = await app.db.query(`SELECT title, expected_minutes FROM journal_assignment WHERE id = $1`, [assignmentId]);
      expect(rows[0]).toEqual({ title: 'Renamed', expected_minutes: 60 });
    });
  });

  describe('writing and grading', () => {
    it('goes draft → submitted → needs revision → submitted → satisfactory, keeping every version and grade', async () => {
      const participant = await newParticipant();
      const assignmentId = await newAssignment({ dueAt: '2026-12-01T12:00:00Z' });
      const draft = (await app.ok(SAVE_DRAFT, { input: { assignmentId, body: 'First thoughts' } }, participant.token)).saveJournalDraft;
      expect(draft).toMatchObject({ status: 'DRAFT', body: 'First thoughts', submittedAt: null, late: false, participant: { id: participant.id } });

      const first = (await app.ok(SUBMIT, { input: { assignmentId, body: 'My first reflection' } }, participant.token)).submitJournal;
      expect(first).toMatchObject({ id: draft.id, status: 'SUBMITTED', version: draft.version + 1, late: false, assignment: { id: assignmentId } });
      expect(errorCode(await app.gql(SAVE_DRAFT, { input: { assignmentId, body: 'sneaky edit' } }, participant.token))).toBe('CONFLICT');
      expect(errorCode(await app.gql(SUBMIT, { input: { assignmentId, body: 'again' } }, participant.token))).toBe('CONFLICT');
      expect((await submissionRow(first.id)).body).toBe('My first reflection');

      const returned = (await grade(world.faculty.token, first.id, first.version, { outcome: 'NEEDS_REVISION', feedback: 'Say more about your reactions.' })).data!.gradeJournal;
      expect(returned).toMatchObject({ status: 'NEEDS_REVISION', version: first.version + 1, feedback: 'Say more about your reactions.' });
      const revising = (await app.ok(SAVE_DRAFT, { input: { assignmentId, body: 'Revising…' } }, participant.token)).saveJournalDraft;
      expect(revising).toMatchObject({ status: 'NEEDS_REVISION', body: 'Revising…' });
      const second = (await app.ok(SUBMIT, { input: { assignmentId, body: 'My revised reflection' } }, participant.token)).submitJournal;
      expect(second).toMatchObject({ status: 'SUBMITTED', version: returned.version + 1 });
      const accepted = (await grade(world.faculty.token, second.id, second.version, {
        score: 95,
        rubricLevels: [{ criterion: 'stance', level: 'proficient' }, { criterion: 'parallel', level: 'emerging' }],
      })).data!.gradeJournal;
      expect(accepted).toMatchObject({ status: 'SATISFACTORY', score: 95, feedback: 'Thoughtful work.' });
      expect(errorCode(await app.gql(SUBMIT, { input: { assignmentId, body: 'after the end' } }, participant.token))).toBe('CONFLICT');
      expect(errorCode(await app.gql(SAVE_DRAFT, { input: { assignmentId, body: 'after the end' } }, participant.token))).toBe('CONFLICT');

      const { journalSubmission } = await app.ok(SUBMISSION, { id: first.id }, participant.token);
      expect(journalSubmission.versions).toEqual([
        expect.objectContaining({ attempt: 1, version: first.version, body: 'My first reflection' }),
        expect.objectContaining({ attempt: 2, version: second.version, body: 'My revised reflection' }),
      ]);
      expect(journalSubmission.grades).toEqual([
        { outcome: 'NEEDS_REVISION', feedback: 'Say more about your reactions.', score: null, gradedVersion: first.version, rubricLevels: null, grader: { id: world.faculty.id } },
        {
          outcome: 'SATISFACTORY', feedback: 'Thoughtful work.', score: 95, gradedVersion: second.version, grader: { id: world.faculty.id },
          rubricLevels: [{ criterion: 'stance', level: 'proficient' }, { criterion: 'parallel', level: 'emerging' }],
        },
      ]);
      const { rows } = await app.db.query(`SELECT action, before, after FROM audit_event WHERE entity_id = $1 AND action = 'journal.graded' ORDER BY occurred_at`, [first.id]);
      expect(rows.map((row) => row.after)).toEqual([
        { status: 'NEEDS_REVISION', version: first.version + 1, score: null },
        { status: 'SATISFACTORY', version: second.version + 1, score: 95 },
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/reflection|Thoughtful/);
    });

    it('keeps a saved draft when a submit is refused for an empty or too long body', async () => {
      const participant = await newParticipant();
      const assignmentId = await newAssignment();
      const { saveJournalDraft } = await app.ok(SAVE_DRAFT, { input: { assignmentId, body: 'Precious draft' } }, participant.token);
      for (const body of ['', '  \n\t ', 'x'.repeat(100_001)]) {
        const result = await app.gql(SUBMIT, { input: { assignmentId, body } }, participant.token);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.fields).toEqual(['body']);
      }
      expect(await submissionRow(saveJournalDraft.id)).toMatchObject({ status: 'DRAFT', body: 'Precious draft', version: 1 });
      expect(await countRows(app, 'journal_submission_version', 'submission_id = $1', [saveJournalDraft.id])).toBe(0);
      const tooLongDraft = await app.gql(SAVE_DRAFT, { input: { assignmentId, body: 'x'.repeat(100_001) } }, participant.token);
      expect(tooLongDraft.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['body'] });
      expect((await submissionRow(saveJournalDraft.id)).body).toBe('Precious draft');
    });

    it('refuses a submission from anyone who is not a participant of the cohort, writing nothing', async () => {
      const assignmentId = await newAssignment();
      const attempts: [SignedIn, string][] = [
        [world.faculty, 'FORBIDDEN'],
        [world.facilitator, 'FORBIDDEN'],
        [world.admin, 'FORBIDDEN'],
        [otherParticipant, 'NOT_FOUND'],
      ];
      for (const [person, code] of attempts) {
        expect(errorCode(await app.gql(SUBMIT, { input: { assignmentId, body: 'Not mine to write' } }, person.token))).toBe(code);
        expect(errorCode(await app.gql(SAVE_DRAFT, { input: { assignmentId, body: 'Not mine' } }, person.token))).toBe(code);
      }
      expect(await countRows(app, 'journal_submission', 'assignment_id = $1', [assignmentId])).toBe(0);
    });

    it('refuses grading by a facilitator, a participant, an admin or faculty of another cohort, writing nothing', async () => {
      const participant = await newParticipant();
      const submission = await givenSubmitted(app, participant, await newAssignment());
      const attempts: [SignedIn, string][] = [
        [world.facilitator, 'FORBIDDEN'],
        [participant, 'FORBIDDEN'],
        [world.participant, 'FORBIDDEN'],
        [world.admin, 'FORBIDDEN'],
        [otherFaculty, 'NOT_FOUND'],
      ];
      for (const [person, code] of attempts) expect(errorCode(await grade(person.token, submission.id, submission.version))).toBe(code);
      expect(await submissionRow(submission.id)).toMatchObject({ status: 'SUBMITTED', version: submission.version });
      expect(await countRows(app, 'journal_grade', 'submission_id = $1', [submission.id])).toBe(0);
      expect(await countRows(app, 'audit_event', "entity_id = $1 AND action = 'journal.graded'", [submission.id])).toBe(0);
    });

    it.each([
      [[{ criterion: 'empathy', level: 'emerging' }], /unknown rubric criterion "empathy"/],
      [[{ criterion: 'stance', level: 'masterful' }], /unknown level "masterful"/],
    ])('refuses rubric levels %j, writing nothing', async (rubricLevels, message) => {
      const participant = await newParticipant();
      const submission = await givenSubmitted(app, participant, await newAssignment());
      const result = await grade(world.faculty.token, submission.id, submission.version, { rubricLevels });
      expect(result.errors![0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', fields: ['rubricLevels'] } });
      expect(await submissionRow(submission.id)).toMatchObject({ status: 'SUBMITTED', version: submission.version });
      expect(await countRows(app, 'journal_grade', 'submission_id = $1', [submission.id])).toBe(0);
    });

    it('answers CONFLICT for a stale version and changes nothing', async () => {
      const participant = await newParticipant();
      const submission = await givenSubmitted(app, participant, await newAssignment());
      expect(errorCode(await grade(world.faculty.token, submission.id, submission.version + 1))).toBe('CONFLICT');
      await grade(world.faculty.token, submission.id, submission.version, { outcome: 'NEEDS_REVISION' });
      expect(errorCode(await grade(world.faculty.token, submission.id, submission.version))).toBe('CONFLICT');
      expect(await countRows(app, 'journal_grade', 'submission_id = $1', [submission.id])).toBe(1);
      expect(await submissionRow(submission.id)).toMatchObject({ status: 'NEEDS_REVISION', version: submission.version + 1 });
    });
  });

  describe('no one marks their own work', () => {
    it('refuses faculty who are also participants grading their own journal or extending their own due date, writing nothing', async () => {
      const both = await givenMember(app, world.admin, world.cohort.cohortId, 'FACULTY');
      await enroll(app, world.admin, world.cohort.cohortId, both.id, 'PARTICIPANT');
      const assignmentId = await newAssignment({ dueAt: '2026-11-01T12:00:00Z' });
      const own = await givenSubmitted(app, both, assignmentId);

      expect(errorCode(await grade(both.token, own.id, own.version))).toBe('FORBIDDEN');
      expect(await submissionRow(own.id)).toMatchObject({ status: 'SUBMITTED', version: own.version, late: true });
      expect(await countRows(app, 'journal_grade', 'submission_id = $1', [own.id])).toBe(0);
      const extension = await app.gql(GRANT_EXTENSION, { input: { assignmentId, userId: both.id, dueAt: '2026-12-05T12:00:00Z' } }, both.token);
      expect(errorCode(extension)).toBe('FORBIDDEN');
      expect(await countRows(app, 'journal_extension', 'assignment_id = $1', [assignmentId])).toBe(0);
      expect((await submissionRow(own.id)).late).toBe(true);

      const classmate = await givenSubmitted(app, await newParticipant(), assignmentId);
      expect((await grade(both.token, classmate.id, classmate.version)).errors).toBeUndefined();
    });
  });

  describe('due dates and extensions', () => {
    it('flags a first submission after the due date as late, and keeps the flag on resubmission', async () => {
      const participant = await newParticipant();
      const past = await givenSubmitted(app, participant, await newAssignment({ dueAt: '2026-10-01T12:00:00Z' }));
      expect(past.late).toBe(true);
      const future = await givenSubmitted(app, participant, await newAssignment({ dueAt: '2026-12-10T12:00:00Z' }));
      expect(future.late).toBe(false);
      await grade(world.faculty.token, future.id, future.version, { outcome: 'NEEDS_REVISION' });
      expect((await submissionRow(future.id)).late).toBe(false);
    });

    it('measures lateness against a granted extension, also one granted after the submission', async () => {
      const early = await newParticipant();
      const tardy = await newParticipant();
      const assignmentId = await newAssignment({ dueAt: '2026-11-01T12:00:00Z' });
      const { grantExtension } = await app.ok(GRANT_EXTENSION, { input: { assignmentId, userId: early.id, dueAt: '2026-12-05T12:00:00Z' } }, world.faculty.token);
      expect(grantExtension).toMatchObject({ dueAt: '2026-12-05T12:00:00.000Z', participant: { id: early.id }, assignment: { id: assignmentId } });
      expect((await givenSubmitted(app, early, assignmentId)).late).toBe(false);
      const late = await givenSubmitted(app, tardy, assignmentId);
      expect(late.late).toBe(true);
      await app.ok(GRANT_EXTENSION, { input: { assignmentId, userId: tardy.id, dueAt: '2026-12-05T12:00:00Z' } }, world.admin.token);
      expect((await submissionRow(late.id)).late).toBe(false);
    });

    it('does not leave a stale late flag when an extension is granted while the first submission is being written', async () => {
      const participant = await newParticipant();
      const assignmentId = await newAssignment({ dueAt: '2026-11-01T12:00:00Z' });
      const lockWaiters = async () =>
        (await app.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n;
      const until = async (done: () => Promise<boolean>) => {
        for (let attempt = 0; attempt < 400 && !(await done()); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      };
      // An uncommitted row holds the submit after it has read the due date, just before it writes its journal.
      const blocker = await app.db.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query(
          `INSERT INTO journal_submission (assignment_id, participant_id, cohort_id, status, version, body) VALUES ($1, $2, $3, 'DRAFT', 1, 'placeholder')`,
          [assignmentId, participant.id, world.cohort.cohortId],
        );
        const submitting = app.gql(SUBMIT, { input: { assignmentId, body: 'Written just in time' } }, participant.token);
        await until(async () => (await lockWaiters()) >= 1);
        let granted = false;
        const granting = app
          .gql(GRANT_EXTENSION, { input: { assignmentId, userId: participant.id, dueAt: '2026-12-05T12:00:00Z' } }, world.faculty.token)
          .finally(() => (granted = true));
        await until(async () => granted || (await lockWaiters()) >= 2);
        await blocker.query('ROLLBACK');
        const [submitted, extension] = await Promise.all([submitting, granting]);
        expect(submitted.errors).toBeUndefined();
        expect(extension.errors).toBeUndefined();
        const { journalSubmission } = await app.ok(SUBMISSION, { id: submitted.data!.submitJournal.id }, participant.token);
        expect(journalSubmission).toMatchObject({ status: 'SUBMITTED', late: false });
      } finally {
        blocker.release();
      }
    });

    it('answers NOT_FOUND for an extension to someone who is not a participant of the cohort, writing nothing', async () => {
      const assignmentId = await newAssignment({ dueAt: '2026-11-01T12:00:00Z' });
      for (const userId of [world.facilitator.id, otherParticipant.id]) {
        const result = await app.gql(GRANT_EXTENSION, { input: { assignmentId, userId, dueAt: '2026-12-01T00:00:00Z' } }, world.faculty.token);
        expect(result.errors![0]).toMatchObject({ message: 'Participant not found', extensions: { code: 'NOT_FOUND' } });
      }
      expect(await countRows(app, 'journal_extension', 'assignment_id = $1', [assignmentId])).toBe(0);
    });

    it.each([
      ['dueAt', 'before the due date', () => ({ dueAt: '2026-10-01T00:00:00Z' })],
      ['dueAt', 'after the cohort', () => ({ dueAt: '2027-02-01T00:00:00Z' })],
    ])('refuses an extension with a bad %s (%s), writing nothing', async (field, _why, override) => {
      const participant = await newParticipant();
      const assignmentId = await newAssignment({ dueAt: '2026-11-01T12:00:00Z' });
      const input = { assignmentId, userId: participant.id, ...override() };
      const result = await app.gql(GRANT_EXTENSION, { input }, world.faculty.token);
      expect(result.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [field] });
      expect(await countRows(app, 'journal_extension', 'assignment_id = $1', [assignmentId])).toBe(0);
    });

    it('lets only faculty and admins grant extensions', async () => {
      const assignmentId = await newAssignment({ dueAt: '2026-11-01T12:00:00Z' });
      const input = { assignmentId, userId: world.participant.id, dueAt: '2026-12-01T00:00:00Z' };
      for (const person of [world.facilitator, world.participant]) {
        expect(errorCode(await app.gql(GRANT_EXTENSION, { input }, person.token))).toBe('FORBIDDEN');
      }
      expect(errorCode(await app.gql(GRANT_EXTENSION, { input }, otherFaculty.token))).toBe('NOT_FOUND');
      expect(await countRows(app, 'journal_extension', 'assignment_id = $1', [assignmentId])).toBe(0);
    });
  });

  describe('who sees what', () => {
    const rubricLevels = [{ criterion: 'stance', level: 'emerging' }];
    let assignmentId: string;
    let submissionId: string;
    let otherGroupSubmissionId: string;
    let otherFacilitator: SignedIn;

    beforeAll(async () => {
      // world.facilitator facilitates the author's community; otherFacilitator another community of the same cohort.
      otherFacilitator = await givenMember(app, world.admin, world.cohort.cohortId, 'FACILITATOR');
      const otherGroupMember = await newParticipant();
      await givenCommunity(app, world.admin, world.cohort.cohortId, [world.facilitator.id], [world.participant.id], 'Fresno group');
      await givenCommunity(app, world.admin, world.cohort.cohortId, [otherFacilitator.id], [otherGroupMember.id], 'Kern group');
      assignmentId = await newAssignment();
      const submission = await givenSubmitted(app, world.participant, assignmentId, 'A private reflection');
      await grade(world.faculty.token, submission.id, submission.version, { outcome: 'NEEDS_REVISION', feedback: 'Private feedback', score: 70, rubricLevels });
      submissionId = submission.id;
      otherGroupSubmissionId = (await givenSubmitted(app, otherGroupMember, assignmentId, 'Another private reflection')).id;
    });

    it('shows the text and feedback to the author and the cohort faculty', async () => {
      for (const person of [world.participant, world.faculty]) {
        const { journalSubmission } = await app.ok(SUBMISSION, { id: submissionId }, person.token);
        expect(journalSubmission).toMatchObject({ body: 'A private reflection', feedback: 'Private feedback' });
        expect(journalSubmission.versions[0].body).toBe('A private reflection');
        expect(journalSubmission.grades[0].feedback).toBe('Private feedback');
      }
    });

    it("shows the author's facilitator and admins the status, score and grades without any text", async () => {
      for (const person of [world.facilitator, world.admin]) {
        const { journalSubmission } = await app.ok(SUBMISSION, { id: submissionId }, person.token);
        expect(journalSubmission).toMatchObject({ status: 'NEEDS_REVISION', late: true, score: 70, body: null, feedback: null });
        expect(journalSubmission.submittedAt).toEqual(expect.any(String));
        expect(journalSubmission.versions).toEqual([expect.objectContaining({ attempt: 1, body: null })]);
        expect(journalSubmission.grades).toEqual([expect.objectContaining({ outcome: 'NEEDS_REVISION', score: 70, rubricLevels, feedback: null })]);
      }
    });

    it('refuses a facilitator of another community of the cohort, showing no score, rubric levels or history', async () => {
      const result = await app.gql(SUBMISSION, { id: submissionId }, otherFacilitator.token);
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
      expect(JSON.stringify(result)).not.toMatch(/private|emerging|NEEDS_REVISION|"score"/i);
    });

    it('refuses a classmate and tells anyone outside the cohort it does not exist, with no content', async () => {
      const classmate = await newParticipant();
      const attempts: [SignedIn, string][] = [
        [classmate, 'FORBIDDEN'],
        [otherFaculty, 'NOT_FOUND'],
        [otherParticipant, 'NOT_FOUND'],
      ];
      for (const [person, code] of attempts) {
        const result = await app.gql(SUBMISSION, { id: submissionId }, person.token);
        expect(errorCode(result)).toBe(code);
        expect(result.data).toBeNull();
        expect(JSON.stringify(result)).not.toMatch(/private/i);
      }
    });

    it("lists an assignment's journals to faculty in full and to each facilitator for their own community only, without text", async () => {
      const listed = async (person: SignedIn) => (await app.ok(ASSIGNMENT_SUBMISSIONS, { assignmentId }, person.token)).assignmentSubmissions;
      expect(await listed(world.faculty)).toEqual(
        expect.arrayContaining([
          { id: submissionId, status: 'NEEDS_REVISION', body: 'A private reflection' },
          { id: otherGroupSubmissionId, status: 'SUBMITTED', body: 'Another private reflection' },
        ]),
      );
      expect(await listed(world.facilitator)).toEqual([{ id: submissionId, status: 'NEEDS_REVISION', body: null }]);
      expect(await listed(otherFacilitator)).toEqual([{ id: otherGroupSubmissionId, status: 'SUBMITTED', body: null }]);
      expect(errorCode(await app.gql(ASSIGNMENT_SUBMISSIONS, { assignmentId }, world.participant.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(ASSIGNMENT_SUBMISSIONS, { assignmentId }, otherFaculty.token))).toBe('NOT_FOUND');
    });

    it('keeps drafts private to their author; after a return faculty see the last submitted text, not the redraft', async () => {
      const participant = await newParticipant();
      const assignmentId = await newAssignment({ dueAt: '2026-12-01T12:00:00Z' });
      const asSeenByFaculty = async (id: string) => {
        const { journalSubmission } = await app.ok(SUBMISSION, { id }, world.faculty.token);
        const { assignmentSubmissions } = await app.ok(ASSIGNMENT_SUBMISSIONS, { assignmentId }, world.faculty.token);
        const listed = assignmentSubmissions.find((journal: { id: string }) => journal.id === id);
        return { body: journalSubmission.body, listedBody: listed.body, versions: journalSubmission.versions.map((version: { body: string }) => version.body) };
      };

      const { saveJournalDraft: draft } = await app.ok(SAVE_DRAFT, { input: { assignmentId, body: 'Unsent first thoughts' } }, participant.token);
      const asSeenByAuthor = async (id: string) => (await app.ok(SUBMISSION, { id }, participant.token)).journalSubmission;
      expect(await asSeenByFaculty(draft.id)).toEqual({ body: null, listedBody: null, versions: [] });
      expect((await asSeenByAuthor(draft.id)).body).toBe('Unsent first thoughts');

      const submitted = await givenSubmitted(app, participant, assignmentId, 'Sent reflection');
      expect(await asSeenByFaculty(draft.id)).toEqual({ body: 'Sent reflection', listedBody: 'Sent reflection', versions: ['Sent reflection'] });
      const returned = await grade(world.faculty.token, submitted.id, submitted.version, { outcome: 'NEEDS_REVISION' });
      expect(returned.data!.gradeJournal).toMatchObject({ status: 'NEEDS_REVISION', body: 'Sent reflection' });

      await app.ok(SAVE_DRAFT, { input: { assignmentId, body: 'Unsent redraft' } }, participant.token);
      expect(await asSeenByFaculty(draft.id)).toEqual({ body: 'Sent reflection', listedBody: 'Sent reflection', versions: ['Sent reflection'] });
      expect(await asSeenByAuthor(draft.id)).toMatchObject({ status: 'NEEDS_REVISION', body: 'Unsent redraft', versions: [expect.objectContaining({ body: 'Sent reflection' })] });
    });

    it('lists only the caller’s own journals in myJournals', async () => {
      const classmate = await newParticipant();
      const { myJournals } = await app.ok(MY_JOURNALS, { cohortId: world.cohort.cohortId }, classmate.token);
      expect(myJournals).toEqual([]);
      const own = await app.ok(MY_JOURNALS, { cohortId: world.cohort.cohortId }, world.participant.token);
      expect(own.myJournals.map((journal: { id: string }) => journal.id)).toContain(submissionId);
      expect(own.myJournals.every((journal: { participant: { id: string } }) => journal.participant.id === world.participant.id)).toBe(true);
    });

    it('queues SUBMITTED journals oldest first for faculty; admins see it without text; facilitators not at all', async () => {
      const { cohortId } = await givenCohort(app, world.admin);
      const faculty = await givenMember(app, world.admin, cohortId, 'FACULTY');
      const facilitator = await givenMember(app, world.admin, cohortId, 'FACILITATOR');
      const assignmentId = await givenAssignment(app, faculty, await givenModule(app, faculty.token, cohortId));
      const first = await givenSubmitted(app, await givenMember(app, world.admin, cohortId, 'PARTICIPANT'), assignmentId, 'first');
      const second = await givenSubmitted(app, await givenMember(app, world.admin, cohortId, 'PARTICIPANT'), assignmentId, 'second');
      const third = await givenSubmitted(app, await givenMember(app, world.admin, cohortId, 'PARTICIPANT'), assignmentId, 'third');
      await grade(faculty.token, second.id, second.version);
      const { gradingQueue } = await app.ok(GRADING_QUEUE, { cohortId }, faculty.token);
      expect(gradingQueue.map((journal: { id: string; body: string }) => [journal.id, journal.body])).toEqual([[first.id, 'first'], [third.id, 'third']]);
      const asAdmin = await app.ok(GRADING_QUEUE, { cohortId }, world.admin.token);
      expect(asAdmin.gradingQueue.map((journal: { body: string | null }) => journal.body)).toEqual([null, null]);
      expect(errorCode(await app.gql(GRADING_QUEUE, { cohortId }, facilitator.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(GRADING_QUEUE, { cohortId }, world.faculty.token))).toBe('NOT_FOUND');
    });
  });
});
