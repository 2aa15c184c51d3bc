import {
  enroll,
  ENTRY_FIELDS,
  errorCode,
  givenAttendance,
  givenCohort,
  givenCommunity,
  givenEntry,
  givenMember,
  givenPlacement,
  givenSessions,
  givenTwoCommunities,
  givenUser,
  logPracticum,
  practicumRowCounts,
  REFLECTION,
  reviewEntry,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

describe('practicum', () => {
  let app: TestApp;
  let admin: SignedIn;
  let cohortId: string;
  let author: SignedIn; // a participant in the facilitator's community
  let other: SignedIn; // a participant outside it
  let faculty: SignedIn;
  let facilitator: SignedIn;
  let otherFacilitator: SignedIn;
  let outsider: SignedIn; // enrolled in no cohort
  let placementId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
    ({ cohortId } = await givenCohort(app, admin));
    author = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Ana Author' });
    other = await givenMember(app, admin, cohortId, 'PARTICIPANT');
    faculty = await givenMember(app, admin, cohortId, 'FACULTY');
    facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    otherFacilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
    outsider = await givenUser(app, admin);
    await givenCommunity(app, admin, cohortId, [facilitator.id], [author.id]);
    await givenCommunity(app, admin, cohortId, [otherFacilitator.id], [other.id]);
    placementId = await givenPlacement(app, author, cohortId, { providerCode: 'FCC-0012', region: 'Fresno County' });
  });

  afterAll(() => app?.stop());

  /** Runs a request that must fail and checks that no practicum or audit row changed. */
  async function refusedWithoutWriting(request: () => Promise<{ errors?: any[] }>) {
    const before = await practicumRowCounts(app);
    const result = await request();
    expect(await practicumRowCounts(app)).toEqual(before);
    return result;
  }

  const updateEntry = (user: SignedIn, input: Record<string, unknown>) =>
    app.gql(`mutation($input: UpdatePracticumEntryInput!) { updatePracticumEntry(input: $input) { ${ENTRY_FIELDS} } }`, { input }, user.token);
  const deleteEntry = (user: SignedIn, entryId: string) =>
    app.gql(`mutation($id: ID!) { deletePracticumEntry(entryId: $id) }`, { id: entryId }, user.token);
  const createPlacement = (user: SignedIn, input: Record<string, unknown>) =>
    app.gql(`mutation($input: CreatePlacementInput!) { createPlacement(input: $input) { id providerCode settingType region } }`, { input }, user.token);
  const auditOf = async (entryId: string) =>
    (await app.db.query(`SELECT actor_id, action, before, after FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, action`, [entryId])).rows;

  describe('createPlacement', () => {
    it('stores a de-identified placement for the participant', async () => {
      const result = await createPlacement(author, { cohortId, providerCode: 'CTR-7', settingType: 'CENTER', region: 'Kern County' });
      expect(result.errors).toBeUndefined();
      expect(result.data.createPlacement).toMatchObject({ providerCode: 'CTR-7', settingType: 'CENTER', region: 'Kern County' });
      const { rows } = await app.db.query(`SELECT participant_id, cohort_id FROM practicum_placement WHERE id = $1`, [result.data.createPlacement.id]);
      expect(rows[0]).toEqual({ participant_id: author.id, cohort_id: cohortId });
    });

    it.each([
      ['a name with a space', 'Maria Lopez'],
      ['lower-case text', 'maria-lopez'],
      ['a code with a space', 'FCC 0012'],
      ['too short a code', 'AB'],
    ])('refuses %s as provider code', async (_case, providerCode) => {
      const result = await refusedWithoutWriting(() => createPlacement(author, { cohortId, providerCode, settingType: 'FAMILY_CHILD_CARE_HOME' }));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual(['providerCode']);
      expect(result.errors![0].message).toMatch(/never a name/);
    });

    it.each([
      ['a street address', '123 Main Street', /street address/],
      ['an e-mail address', 'provider@example.org', /e-mail address/],
      ['a phone number', '(559) 555-0142', /phone number/],
      ['a ZIP code', 'Fresno 93721', /ZIP code/],
    ])('refuses %s as region', async (_case, region, reason) => {
      const result = await refusedWithoutWriting(() => createPlacement(author, { cohortId, providerCode: 'FCC-0099', settingType: 'OTHER', region }));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual(['region']);
      expect(result.errors![0].message).toMatch(reason);
    });

    it('refuses a second placement with the same code as a conflict', async () => {
      const result = await refusedWithoutWriting(() => createPlacement(author, { cohortId, providerCode: 'FCC-0012', settingType: 'OTHER' }));
      expect(errorCode(result)).toBe('CONFLICT');
    });

    it('refuses staff, who keep no practicum log', async () => {
      const result = await refusedWithoutWriting(() => createPlacement(faculty, { cohortId, providerCode: 'FCC-0100', settingType: 'OTHER' }));
      expect(errorCode(result)).toBe('FORBIDDEN');
    });
  });

  describe('logPracticum', () => {
    it('logs a PENDING entry the author can read, with an audit row of minutes and no text', async () => {
      const result = await logPracticum(app, author, placementId, { date: '2026-10-02', minutes: 95, activity: 'REFLECTIVE_CONVERSATION' });
      expect(result.errors).toBeUndefined();
      const entry = result.data.logPracticum;
      expect(entry).toMatchObject({
        date: '2026-10-02',
        minutes: 95,
        activity: 'REFLECTIVE_CONVERSATION',
        reflection: REFLECTION,
        status: 'PENDING',
        reviews: [],
        placement: { id: placementId, providerCode: 'FCC-0012' },
        participant: { id: author.id, fullName: 'Ana Author' },
      });
      const { rows } = await app.db.query(`SELECT participant_id, cohort_id, status FROM practicum_log_entry WHERE id = $1`, [entry.id]);
      expect(rows[0]).toEqual({ participant_id: author.id, cohort_id: cohortId, status: 'PENDING' });
      const audit = await auditOf(entry.id);
      expect(audit).toEqual([{ actor_id: author.id, action: 'practicum.logged', before: null, after: { status: 'PENDING', minutes: 95, date: '2026-10-02', activity: 'REFLECTIVE_CONVERSATION' } }]);
    });

    it.each([
      ['zero minutes', { minutes: 0 }, 'minutes', /at least 1/],
      ['negative minutes', { minutes: -30 }, 'minutes', /at least 1/],
      ['more than 720 minutes', { minutes: 721 }, 'minutes', /at most 720/],
      ['a date in the future', { date: '2026-12-10' }, 'date', /future/],
      ['a date before the cohort starts', { date: '2026-01-04' }, 'date', /before the cohort starts/],
      ['a reflection over 20,000 characters', { reflection: 'a'.repeat(20001) }, 'reflection', /at most 20000/],
      ['a reflection with an e-mail address', { reflection: 'Her address is provider.home@example.org.' }, 'reflection', /e-mail address/],
      ['a reflection with a phone number', { reflection: 'Call her on 559-555-0142 next week.' }, 'reflection', /phone number/],
      ['an empty reflection', { reflection: '   ' }, 'reflection', /must not be empty/],
    ])('refuses %s', async (_case, fields, field, reason) => {
      const result = await refusedWithoutWriting(() => logPracticum(app, author, placementId, fields));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual([field]);
      expect(result.errors![0].message).toMatch(reason);
    });

    it("refuses another participant's placement: FORBIDDEN within the cohort, NOT_FOUND to an outsider", async () => {
      expect(errorCode(await refusedWithoutWriting(() => logPracticum(app, other, placementId)))).toBe('FORBIDDEN');
      expect(errorCode(await refusedWithoutWriting(() => logPracticum(app, outsider, placementId)))).toBe('NOT_FOUND');
    });
  });

  describe('updatePracticumEntry and deletePracticumEntry', () => {
    it('edits a PENDING entry and audits the change of minutes', async () => {
      const entryId = await givenEntry(app, author, placementId, { minutes: 60 });
      const result = await updateEntry(author, { entryId, minutes: 75, reflection: 'Revised: the provider led the transition.' });
      expect(result.errors).toBeUndefined();
      expect(result.data.updatePracticumEntry).toMatchObject({ minutes: 75, reflection: 'Revised: the provider led the transition.', status: 'PENDING' });
      const audit = await auditOf(entryId);
      expect(audit[1]).toMatchObject({ action: 'practicum.entry_updated', before: { minutes: 60, status: 'PENDING' }, after: { minutes: 75, status: 'PENDING' } });
      expect(JSON.stringify(audit)).not.toContain('Revised');
    });

    it('sends an edited CHANGES_REQUESTED entry back to PENDING, to the end of the queue', async () => {
      const entryId = await givenEntry(app, author, placementId);
      await reviewEntry(app, facilitator, entryId, 'CHANGES_REQUESTED', 'Please describe what the provider tried.');
      const { rows: [before] } = await app.db.query(`SELECT submitted_at FROM practicum_log_entry WHERE id = $1`, [entryId]);
      const result = await updateEntry(author, { entryId, reflection: `${REFLECTION} The provider tried a song first.` });
      expect(result.data.updatePracticumEntry).toMatchObject({ status: 'PENDING', reviews: [{ decision: 'CHANGES_REQUESTED' }] });
      const { rows: [after] } = await app.db.query(`SELECT submitted_at FROM practicum_log_entry WHERE id = $1`, [entryId]);
      expect(after.submitted_at.getTime()).toBeGreaterThan(before.submitted_at.getTime());
    });

    it('refuses to edit or delete an APPROVED entry', async () => {
      const entryId = await givenEntry(app, author, placementId);
      await reviewEntry(app, faculty, entryId, 'APPROVED');
      for (const request of [() => updateEntry(author, { entryId, minutes: 30 }), () => deleteEntry(author, entryId)]) {
        const result = await refusedWithoutWriting(request);
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions.fields).toEqual(['entryId']);
        expect(result.errors![0].message).toMatch(/APPROVED/);
      }
    });

    it.each([
      ['minutes over 720', { minutes: 900 }, 'minutes'],
      ['a future date', { date: '2026-12-01' }, 'date'],
      ['nothing to change', {}, 'input'],
    ])('refuses an edit with %s', async (_case, changes, field) => {
      const entryId = await givenEntry(app, author, placementId);
      const result = await refusedWithoutWriting(() => updateEntry(author, { entryId, ...changes }));
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.fields).toEqual([field]);
    });

    it("answers FORBIDDEN to the cohort's other members and NOT_FOUND to an outsider for someone else's entry", async () => {
      const entryId = await givenEntry(app, author, placementId);
      expect(errorCode(await refusedWithoutWriting(() => updateEntry(other, { entryId, minutes: 10 })))).toBe('FORBIDDEN');
      expect(errorCode(await refusedWithoutWriting(() => deleteEntry(other, entryId)))).toBe('FORBIDDEN');
      expect(errorCode(await refusedWithoutWriting(() => deleteEntry(faculty, entryId)))).toBe('FORBIDDEN');
      expect(errorCode(await refusedWithoutWriting(() => updateEntry(outsider, { entryId, minutes: 10 })))).toBe('NOT_FOUND');
      expect(errorCode(await refusedWithoutWriting(() => deleteEntry(outsider, entryId)))).toBe('NOT_FOUND');
    });

    it('deletes a returned entry with its reviews and audits the minutes removed', async () => {
      const entryId = await givenEntry(app, author, placementId, { minutes: 40 });
      await reviewEntry(app, facilitator, entryId, 'CHANGES_REQUESTED', 'Please add the date of the follow-up.');
      const result = await deleteEntry(author, entryId);
      expect(result).toEqual(expect.objectContaining({ data: { deletePracticumEntry: true } }));
      expect((await app.db.query(`SELECT 1 FROM practicum_log_entry WHERE id = $1`, [entryId])).rowCount).toBe(0);
      expect((await auditOf(entryId)).pop()).toMatchObject({ action: 'practicum.entry_deleted', before: { minutes: 40, status: 'CHANGES_REQUESTED' }, after: null });
    });
  });

  describe('reviewPracticumEntry', () => {
    it('lets a facilitator of the author\'s community approve, keeping history and an audit row without text', async () => {
      const entryId = await givenEntry(app, author, placementId, { minutes: 50 });
      const result = await reviewEntry(app, facilitator, entryId, 'APPROVED', 'A thoughtful entry.');
      expect(result.errors).toBeUndefined();
      expect(result.data.reviewPracticumEntry).toMatchObject({
        status: 'APPROVED',
        reflection: REFLECTION,
        reviews: [{ decision: 'APPROVED', comment: 'A thoughtful entry.', reviewer: { id: facilitator.id, fullName: facilitator.fullName } }],
      });
      const { rows } = await app.db.query(`SELECT reviewer_id, decision, comment FROM practicum_review WHERE entry_id = $1`, [entryId]);
      expect(rows).toEqual([{ reviewer_id: facilitator.id, decision: 'APPROVED', comment: 'A thoughtful entry.' }]);
      const audit = (await auditOf(entryId)).filter((row) => row.action === 'practicum.reviewed');
      expect(audit).toEqual([{ actor_id: facilitator.id, action: 'practicum.reviewed', before: { status: 'PENDING', minutes: 50 }, after: { status: 'APPROVED', minutes: 50 } }]);
    });

    it('lets faculty and admins review any entry of the cohort', async () => {
      for (const reviewer of [faculty, admin]) {
        const entryId = await givenEntry(app, other, await givenPlacement(app, other, cohortId));
        const result = await reviewEntry(app, reviewer, entryId, 'CHANGES_REQUESTED', 'Say more about the provider\'s view.');
        expect(result.errors).toBeUndefined();
        expect(result.data.reviewPracticumEntry.status).toBe('CHANGES_REQUESTED');
      }
    });

    it('refuses a review of one\'s own entry', async () => {
      const entryId = await givenEntry(app, author, placementId);
      expect(errorCode(await refusedWithoutWriting(() => reviewEntry(app, author, entryId, 'APPROVED')))).toBe('FORBIDDEN');
    });

    it('refuses faculty who also take part a review of their own entry', async () => {
      const teacher = await givenMember(app, admin, cohortId, 'FACULTY');
      await enroll(app, admin, cohortId, teacher.id, 'PARTICIPANT');
      const entryId = await givenEntry(app, teacher, await givenPlacement(app, teacher, cohortId));
      const result = await refusedWithoutWriting(() => reviewEntry(app, teacher, entryId, 'APPROVED'));
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.errors![0].message).toMatch(/your own/);
    });

    it('refuses a facilitator reviewing an entry of someone outside their communities', async () => {
      const entryId = await givenEntry(app, author, placementId);
      const result = await refusedWithoutWriting(() => reviewEntry(app, otherFacilitator, entryId, 'APPROVED'));
      expect(errorCode(result)).toBe('FORBIDDEN');
    });

    it('refuses other participants (FORBIDDEN) and outsiders (NOT_FOUND)', async () => {
      const entryId = await givenEntry(app, author, placementId);
      expect(errorCode(await refusedWithoutWriting(() => reviewEntry(app, other, entryId, 'APPROVED')))).toBe('FORBIDDEN');
      expect(errorCode(await refusedWithoutWriting(() => reviewEntry(app, outsider, entryId, 'APPROVED')))).toBe('NOT_FOUND');
    });

    it('requires a comment when requesting changes, and no identifiers in it', async () => {
      const entryId = await givenEntry(app, author, placementId);
      for (const [comment, reason] of [['  ', /what to change/], ['Call the provider at 559-555-0142', /phone number/]]) {
        const result = await refusedWithoutWriting(() => reviewEntry(app, facilitator, entryId, 'CHANGES_REQUESTED', comment as string));
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions.fields).toEqual(['comment']);
        expect(result.errors![0].message).toMatch(reason);
      }
    });

    it('refuses a review of a version the reviewer did not read, so an approval covers what was read', async () => {
      const entryId = await givenEntry(app, author, placementId, { minutes: 30 });
      await updateEntry(author, { entryId, minutes: 720 });
      const result = await refusedWithoutWriting(() => reviewEntry(app, facilitator, entryId, 'APPROVED', null, 1));
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0].message).toMatch(/version 1, now 2/);
      const approved = await reviewEntry(app, facilitator, entryId, 'APPROVED', null, 2);
      expect(approved.errors).toBeUndefined();
      expect(approved.data.reviewPracticumEntry).toMatchObject({ status: 'APPROVED', minutes: 720, version: 2, reviews: [{ decision: 'APPROVED', comment: '' }] });
    });

    it('refuses a second review of an entry that is no longer PENDING', async () => {
      const entryId = await givenEntry(app, author, placementId);
      await reviewEntry(app, facilitator, entryId, 'APPROVED');
      expect(errorCode(await refusedWithoutWriting(() => reviewEntry(app, faculty, entryId, 'CHANGES_REQUESTED', 'Hm.')))).toBe('CONFLICT');
    });
  });

  describe('who reads what', () => {
    let cohort2: string;
    let writer: SignedIn;
    let staff: { faculty: SignedIn; facilitator: SignedIn; outsider: SignedIn };
    let older: string;
    let newer: string;

    beforeAll(async () => {
      ({ cohortId: cohort2 } = await givenCohort(app, admin));
      writer = await givenMember(app, admin, cohort2, 'PARTICIPANT');
      staff = {
        faculty: await givenMember(app, admin, cohort2, 'FACULTY'),
        facilitator: await givenMember(app, admin, cohort2, 'FACILITATOR'),
        outsider: await givenMember(app, admin, cohort2, 'FACILITATOR'),
      };
      await givenCommunity(app, admin, cohort2, [staff.facilitator.id], [writer.id]);
      const placement = await givenPlacement(app, writer, cohort2);
      older = await givenEntry(app, writer, placement, { date: '2026-11-20' });
      newer = await givenEntry(app, writer, placement, { date: '2026-03-01' });
      const reviewed = await givenEntry(app, writer, placement);
      await reviewEntry(app, staff.faculty, reviewed, 'APPROVED', 'Well observed.');
    });

    const queue = (user: SignedIn) =>
      app.gql(`query($id: ID!) { practicumReviewQueue(cohortId: $id) { id reflection status participant { id } reviews { comment } } }`, { id: cohort2 }, user.token);

    it('lists PENDING entries oldest first, with text for faculty and the community facilitator', async () => {
      for (const reader of [staff.faculty, staff.facilitator]) {
        const { data } = await queue(reader);
        expect(data.practicumReviewQueue).toEqual([
          { id: older, reflection: REFLECTION, status: 'PENDING', participant: { id: writer.id }, reviews: [] },
          { id: newer, reflection: REFLECTION, status: 'PENDING', participant: { id: writer.id }, reviews: [] },
        ]);
      }
    });

    it('shows admins minutes and statuses but neither reflections nor comments', async () => {
      const { data } = await queue(admin);
      expect(data.practicumReviewQueue.map((entry: any) => [entry.id, entry.reflection])).toEqual([[older, null], [newer, null]]);
      const { data: summary } = await app.gql(
        `mutation($input: ReviewPracticumEntryInput!) { reviewPracticumEntry(input: $input) { status minutes reflection reviews { comment decision } } }`,
        { input: { entryId: newer, decision: 'CHANGES_REQUESTED', comment: 'Please add the activity length.', version: 1 } },
        admin.token,
      );
      expect(summary.reviewPracticumEntry).toEqual({ status: 'CHANGES_REQUESTED', minutes: 90, reflection: null, reviews: [{ comment: null, decision: 'CHANGES_REQUESTED' }] });
      await updateEntry(writer, { entryId: newer, minutes: 91 });
    });

    it('gives a facilitator of other communities an empty queue, refuses participants and hides the cohort from outsiders', async () => {
      expect((await queue(staff.outsider)).data.practicumReviewQueue).toEqual([]);
      expect(errorCode(await queue(writer))).toBe('FORBIDDEN');
      expect(errorCode(await queue(outsider))).toBe('NOT_FOUND');
    });

    it('shows the author their placements, entries with review history, and totals', async () => {
      const { data } = await app.gql(
        `query($id: ID!) { myPracticum(cohortId: $id) {
           placements { id providerCode settingType region }
           entries { id status minutes reflection reviews { decision comment reviewer { id fullName } } }
           totals { approvedMinutes pendingMinutes returnedMinutes byActivity { activity approvedMinutes pendingMinutes returnedMinutes } } } }`,
        { id: cohort2 },
        writer.token,
      );
      const mine = data.myPracticum;
      expect(mine.placements).toHaveLength(1);
      expect(mine.entries).toHaveLength(3);
      expect(mine.entries.find((entry: any) => entry.status === 'APPROVED').reviews).toEqual([
        { decision: 'APPROVED', comment: 'Well observed.', reviewer: { id: staff.faculty.id, fullName: staff.faculty.fullName } },
      ]);
      expect(mine.totals).toMatchObject({ approvedMinutes: 90, pendingMinutes: 181, returnedMinutes: 0 });
      expect(mine.totals.byActivity.find((row: any) => row.activity === 'OBSERVATION')).toEqual({
        activity: 'OBSERVATION', approvedMinutes: 90, pendingMinutes: 181, returnedMinutes: 0,
      });
    });
  });

  describe('practicumSummary', () => {
    let world: Awaited<ReturnType<typeof givenTwoCommunities>>;

    beforeAll(async () => {
      world = await givenTwoCommunities(app); // North: facilitator with Ana and Ben; South: otherFacilitator with Cleo
      const { cohortId, ana, faculty: reviewer } = world;
      const placement = await givenPlacement(app, ana, cohortId);
      const approved = await givenEntry(app, ana, placement, { minutes: 120, activity: 'OBSERVATION' });
      const returned = await givenEntry(app, ana, placement, { minutes: 30, activity: 'ACTION_PLANNING' });
      await givenEntry(app, ana, placement, { minutes: 45, activity: 'FOLLOW_UP' });
      await reviewEntry(app, reviewer, approved, 'APPROVED');
      await reviewEntry(app, reviewer, returned, 'CHANGES_REQUESTED', 'Add what you planned.');
      const [reflective1, reflective2, reflective3] = await givenSessions(app, cohortId, 'REFLECTIVE_PRACTICE', 3, { durationMinutes: 60 });
      await givenAttendance(app, [reflective1], [ana.id], 'PRESENT', 60);
      await givenAttendance(app, [reflective2], [ana.id], 'PRESENT', 50);
      await givenAttendance(app, [reflective3], [ana.id], 'ABSENT');
      await givenAttendance(app, await givenSessions(app, cohortId, 'REFLECTIVE_PRACTICE', 1, { cancelled: true }), [ana.id], 'PRESENT', 40);
      await givenAttendance(app, await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 1), [ana.id], 'PRESENT', 90);
    });

    const request = (operation: string, fields: string) => (user: SignedIn, userId?: string) =>
      app.gql(`query($cohortId: ID!, $userId: ID) { ${operation}(cohortId: $cohortId, userId: $userId) { ${fields} } }`, { cohortId: world.cohortId, userId }, user.token);
    const summary = request(
      'practicumSummary',
      'userId approvedMinutes pendingMinutes returnedMinutes reflectivePracticeMinutes byActivity { activity approvedMinutes pendingMinutes returnedMinutes }',
    );
    const attendanceSummary = request('attendanceSummary', 'cohortId');
    const progress = request('progress', 'eligible');

    it('sums minutes by status and activity, and reflective practice minutes credited (PRESENT, not cancelled)', async () => {
      const { data, errors } = await summary(world.ana);
      expect(errors).toBeUndefined();
      expect(data.practicumSummary).toMatchObject({
        userId: world.ana.id, approvedMinutes: 120, pendingMinutes: 45, returnedMinutes: 30, reflectivePracticeMinutes: 110,
      });
      expect(data.practicumSummary.byActivity).toEqual([
        { activity: 'OBSERVATION', approvedMinutes: 120, pendingMinutes: 0, returnedMinutes: 0 },
        { activity: 'REFLECTIVE_CONVERSATION', approvedMinutes: 0, pendingMinutes: 0, returnedMinutes: 0 },
        { activity: 'ACTION_PLANNING', approvedMinutes: 0, pendingMinutes: 0, returnedMinutes: 30 },
        { activity: 'FOLLOW_UP', approvedMinutes: 0, pendingMinutes: 45, returnedMinutes: 0 },
        { activity: 'OTHER', approvedMinutes: 0, pendingMinutes: 0, returnedMinutes: 0 },
      ]);
    });

    it("answers a facilitator for their own community's member, and FORBIDDEN for another community's, as attendanceSummary and progress do", async () => {
      expect((await summary(world.facilitator, world.ana.id)).data.practicumSummary.approvedMinutes).toBe(120);
      const codes = await Promise.all([summary, attendanceSummary, progress].map(async (read) => errorCode(await read(world.facilitator, world.cleo.id))));
      expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    });

    it('is readable by faculty and admins, FORBIDDEN to other participants, NOT_FOUND to outsiders and for non-participants', async () => {
      expect((await summary(world.faculty, world.ana.id)).data.practicumSummary.approvedMinutes).toBe(120);
      expect((await summary(admin, world.ana.id)).data.practicumSummary.approvedMinutes).toBe(120);
      expect(errorCode(await summary(world.ben, world.ana.id))).toBe('FORBIDDEN');
      expect(errorCode(await summary(outsider, world.ana.id))).toBe('NOT_FOUND');
      expect(errorCode(await summary(admin, world.faculty.id))).toBe('NOT_FOUND');
    });
  });
});
