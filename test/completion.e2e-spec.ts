import {
  countRows,
  errorCode,
  givenAttendance,
  givenCohort,
  givenJournals,
  givenManyParticipants,
  givenMember,
  givenPracticum,
  givenSessions,
  givenTwoCommunities,
  setRequirement,
  SignedIn,
  signInAdmin,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const PROGRESS = `query($cohortId: ID!, $userId: ID) {
  progress(cohortId: $cohortId, userId: $userId) { eligible user { id } requirements { kind threshold achieved met } }
}`;
const COHORT_PROGRESS = `query($cohortId: ID!) {
  cohortProgress(cohortId: $cohortId) { eligible user { id fullName } requirements { kind achieved met } }
}`;
const SET = `mutation($input: SetCompletionRequirementInput!) { setCompletionRequirement(input: $input) { id kind threshold } }`;

describe('completion requirements and progress', () => {
  let app: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await signInAdmin(app);
  });

  afterAll(() => app?.stop());

  describe('setCompletionRequirement', () => {
    it('upserts one threshold per cohort and kind, and audits it', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const first = await setRequirement(app, admin, cohortId, 'FACULTY_SESSIONS_ATTENDED', 9);
      const second = await setRequirement(app, admin, cohortId, 'FACULTY_SESSIONS_ATTENDED', 8);
      expect(second).toEqual({ id: first.id, kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 8 });
      expect(await countRows(app, 'completion_requirement', 'cohort_id = $1', [cohortId])).toBe(1);
      const { rows } = await app.db.query(
        `SELECT before, after FROM audit_event WHERE action = 'completion_requirement.set' AND cohort_id = $1 ORDER BY occurred_at`,
        [cohortId],
      );
      expect(rows.map((row) => [row.before?.threshold ?? null, row.after.threshold])).toEqual([[null, 9], [9, 8]]);
    });

    it.each([0, -5])('refuses a threshold of %i and writes nothing', async (threshold) => {
      const { cohortId } = await givenCohort(app, admin);
      const result = await app.gql(SET, { input: { cohortId, kind: 'JOURNALS_SATISFACTORY', threshold } }, admin.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields).toEqual(['threshold']);
      expect(await countRows(app, 'completion_requirement', 'cohort_id = $1', [cohortId])).toBe(0);
      expect(await countRows(app, 'audit_event', 'cohort_id = $1', [cohortId])).toBe(0);
    });

    it('refuses an unknown cohort with NOT_FOUND and non-admins with FORBIDDEN', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
      const input = { cohortId, kind: 'JOURNALS_SATISFACTORY', threshold: 3 };
      expect(errorCode(await app.gql(SET, { input }, faculty.token))).toBe('FORBIDDEN');
      const unknown = { ...input, cohortId: '00000000-0000-4000-8000-000000000000' };
      expect(errorCode(await app.gql(SET, { input: unknown }, admin.token))).toBe('NOT_FOUND');
      expect(await countRows(app, 'completion_requirement', 'cohort_id = $1', [cohortId])).toBe(0);
    });
  });

  describe('progress', () => {
    it('aggregates attendance, journals, practicum and reflective practice as the requirement kinds define them', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const other = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const seminars = await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 3, { durationMinutes: 150 });
      const cancelled = await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 1, { cancelled: true });
      const missed = await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 2);
      const communities = await givenSessions(app, cohortId, 'COMMUNITY_OF_PRACTICE', 2, { durationMinutes: 60 });
      const reflective = await givenSessions(app, cohortId, 'REFLECTIVE_PRACTICE', 2, { durationMinutes: 90 });
      await givenAttendance(app, [...seminars, ...cancelled, ...communities], [participant.id]);
      await givenAttendance(app, reflective, [participant.id], 'PRESENT', 80);
      await givenAttendance(app, missed.slice(0, 1), [participant.id], 'ABSENT');
      await givenAttendance(app, missed.slice(1), [participant.id], 'EXCUSED');
      await givenAttendance(app, seminars, [other.id]);
      await givenJournals(app, cohortId, participant.id, 4, { expectedMinutes: 90 });
      await givenJournals(app, cohortId, participant.id, 2, { status: 'SUBMITTED', expectedMinutes: 90 });
      await givenPracticum(app, cohortId, participant.id, [120, 180]);
      await givenPracticum(app, cohortId, participant.id, [240], 'PENDING');
      await givenPracticum(app, cohortId, participant.id, [60], 'CHANGES_REQUESTED');
      const thresholds: Record<string, number> = {
        FACULTY_SESSIONS_ATTENDED: 3,
        COMMUNITY_SESSIONS_ATTENDED: 3,
        JOURNALS_SATISFACTORY: 4,
        PRACTICUM_MINUTES_APPROVED: 300,
        REFLECTIVE_PRACTICE_MINUTES: 160,
        TOTAL_CONTACT_MINUTES: 800,
      };
      for (const [kind, threshold] of Object.entries(thresholds)) await setRequirement(app, admin, cohortId, kind, threshold);

      const { progress } = await app.ok(PROGRESS, { cohortId }, participant.token);
      expect(progress.user.id).toBe(participant.id);
      // Contact minutes are live sessions only: 450 seminar + 120 community + 160 reflective (no journals, no practicum)
      expect(progress.requirements).toEqual([
        { kind: 'FACULTY_SESSIONS_ATTENDED', threshold: 3, achieved: 3, met: true },
        { kind: 'COMMUNITY_SESSIONS_ATTENDED', threshold: 3, achieved: 2, met: false },
        { kind: 'JOURNALS_SATISFACTORY', threshold: 4, achieved: 4, met: true },
        { kind: 'PRACTICUM_MINUTES_APPROVED', threshold: 300, achieved: 300, met: true },
        { kind: 'REFLECTIVE_PRACTICE_MINUTES', threshold: 160, achieved: 160, met: true },
        { kind: 'TOTAL_CONTACT_MINUTES', threshold: 800, achieved: 730, met: false },
      ]);
      expect(progress.eligible).toBe(false);

      await givenAttendance(app, await givenSessions(app, cohortId, 'COMMUNITY_OF_PRACTICE', 1, { durationMinutes: 120 }), [participant.id]);
      const after = await app.ok(PROGRESS, { cohortId }, participant.token);
      expect(after.progress.requirements.every((requirement: { met: boolean }) => requirement.met)).toBe(true);
      expect(after.progress.eligible).toBe(true);
    });

    it('is never eligible while the cohort has no requirement', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const { progress } = await app.ok(PROGRESS, { cohortId }, participant.token);
      expect(progress).toEqual({ eligible: false, user: { id: participant.id }, requirements: [] });
    });

    it("shows faculty any participant's progress, facilitators their own communities' members', participants their own", async () => {
      const { cohortId, faculty, facilitator, ana, ben, cleo } = await givenTwoCommunities(app);
      const progressOf = async (userId: string, token: string) => (await app.ok(PROGRESS, { cohortId, userId }, token)).progress.user.id;
      expect(await progressOf(ana.id, facilitator.token)).toBe(ana.id);
      expect(await progressOf(cleo.id, faculty.token)).toBe(cleo.id);
      expect(await progressOf(cleo.id, admin.token)).toBe(cleo.id);
      // Fay facilitates North (Ana, Ben); Cleo is in South
      const southern = await app.gql(PROGRESS, { cohortId, userId: cleo.id }, facilitator.token);
      expect(errorCode(southern)).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(PROGRESS, { cohortId, userId: ben.id }, ana.token))).toBe('FORBIDDEN');
      // progress is a participant's own: a facilitator asking for theirs has none and no right to one
      expect(errorCode(await app.gql(PROGRESS, { cohortId }, facilitator.token))).toBe('FORBIDDEN');
      expect(errorCode(await app.gql(PROGRESS, { cohortId }, faculty.token))).toBe('NOT_FOUND');
      expect(errorCode(await app.gql(PROGRESS, { cohortId: 'not-a-uuid' }, ana.token))).toBe('BAD_USER_INPUT');
    });

    it('tells someone outside the cohort that it does not exist, as for an unknown cohort', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
      const outsider = await givenMember(app, admin, (await givenCohort(app, admin)).cohortId, 'PARTICIPANT');
      const real = await app.gql(PROGRESS, { cohortId, userId: participant.id }, outsider.token);
      const unknown = await app.gql(PROGRESS, { cohortId: '00000000-0000-4000-8000-000000000000', userId: participant.id }, outsider.token);
      expect(errorCode(real)).toBe('NOT_FOUND');
      expect(real.errors![0].message).toBe(unknown.errors![0].message);
      expect(errorCode(await app.gql(COHORT_PROGRESS, { cohortId }, outsider.token))).toBe('NOT_FOUND');
    });
  });

  describe('cohortProgress', () => {
    it('lists every participant for staff and refuses participants', async () => {
      const { cohortId } = await givenCohort(app, admin);
      const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT', { fullName: 'Aaron Early' });
      const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
      await givenManyParticipants(app, cohortId, 3);
      await setRequirement(app, admin, cohortId, 'FACULTY_SESSIONS_ATTENDED', 1);
      await givenAttendance(app, await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 1), [participant.id]);
      const { cohortProgress } = await app.ok(COHORT_PROGRESS, { cohortId }, faculty.token);
      expect(cohortProgress).toHaveLength(4);
      expect(cohortProgress[0]).toMatchObject({ eligible: true, user: { id: participant.id, fullName: 'Aaron Early' } });
      expect(cohortProgress.slice(1).map((row: { eligible: boolean }) => row.eligible)).toEqual([false, false, false]);
      expect(errorCode(await app.gql(COHORT_PROGRESS, { cohortId }, participant.token))).toBe('FORBIDDEN');
    });

    it("lists only the members of a facilitator's own communities", async () => {
      const { cohortId, faculty, facilitator, otherFacilitator, ana, ben, cleo } = await givenTwoCommunities(app);
      const idsSeenBy = async (token: string) =>
        (await app.ok(COHORT_PROGRESS, { cohortId }, token)).cohortProgress.map((row: { user: { id: string } }) => row.user.id);
      expect(await idsSeenBy(facilitator.token)).toEqual([ana.id, ben.id]);
      expect(await idsSeenBy(otherFacilitator.token)).toEqual([cleo.id]);
      expect(await idsSeenBy(faculty.token)).toEqual([ana.id, ben.id, cleo.id]);
      const unassigned = await givenMember(app, admin, cohortId, 'FACILITATOR');
      expect(await idsSeenBy(unassigned.token)).toEqual([]);
    });

    it('sends the same number of SQL statements for 5 and for 60 participants', async () => {
      const counts: number[] = [];
      for (const size of [5, 60]) {
        const { cohortId } = await givenCohort(app, admin);
        const people = await givenManyParticipants(app, cohortId, size);
        await setRequirement(app, admin, cohortId, 'FACULTY_SESSIONS_ATTENDED', 2);
        await setRequirement(app, admin, cohortId, 'TOTAL_CONTACT_MINUTES', 200);
        await givenAttendance(app, await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 2), people);
        for (const person of people.slice(0, 3)) await givenJournals(app, cohortId, person, 1);
        const result = await app.gql(COHORT_PROGRESS, { cohortId }, admin.token);
        expect(result.errors).toBeUndefined();
        expect(result.data.cohortProgress).toHaveLength(size);
        expect(result.data.cohortProgress.every((row: { eligible: boolean }) => row.eligible)).toBe(true);
        counts.push(result.extensions!.sqlStatements!);
      }
      expect(counts[0]).toBe(counts[1]);
      // sign-in guard, access check, requirements, the aggregate
      expect(counts[1]).toBeLessThanOrEqual(4);
    });
  });
});
