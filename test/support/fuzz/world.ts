import { ADMIN_EMAIL, ADMIN_PASSWORD, TestApp } from '../test-app';
import {
  FUTURE,
  givenAssignment,
  givenCohort,
  givenCommunity,
  givenEligible,
  givenEntry,
  givenMember,
  givenModule,
  givenPlacement,
  givenSession,
  givenSessions,
  givenSubmitted,
  issueCertificate,
  LATER_PAST,
  PASSWORD,
  PAST,
  RUBRIC,
  signIn,
  signInAdmin,
} from '../factories';

export type Actor = 'admin' | 'faculty' | 'facilitator' | 'participant' | 'anonymous';

/**
 * What the fuzzer may send that the app will recognise: a cohort with one person per role, and a
 * record of every kind the mutations take an id of, so plausible calls can succeed.
 */
export interface FuzzWorld {
  tokens: Record<Actor, string | undefined>;
  /** Ids of seeded records by the stem of the fields that take them (`cohortId` → `cohort`). */
  idsByStem: Record<string, string[]>;
  /** Every seeded id, for a field whose stem names no seeded kind. */
  allIds: string[];
  emails: string[];
  passwords: string[];
  cohortStartsOn: string;
  cohortEndsOn: string;
  /** Puts the actors' accounts back as they were and signs them in anew (after calls that end sessions or change accounts). */
  restoreAccounts(): Promise<void>;
}

/** Calls that may sign an actor out, deactivate them or change what they sign in with. */
export const ACCOUNT_CHANGING = new Set(['signOut', 'changePassword', 'resetPassword', 'deactivateUser', 'reactivateUser', 'updateUser']);

/** Field stems that name people (`facilitatorIds`, `leaderId`, …). */
const PERSON_STEMS = ['user', 'facilitator', 'member', 'participant', 'leader', 'holder', 'reviewer'];

/** `count` results of `make`, made one after another (the set-up's records depend on the order). */
async function several<T>(count: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let index = 0; index < count; index += 1) made.push(await make(index));
  return made;
}

/** Enough records of each kind that calls which close one (cancel, approve, revoke, submit) leave others open. */
export async function givenFuzzWorld(app: TestApp): Promise<FuzzWorld> {
  const admin = await signInAdmin(app);
  const cohort = await givenCohort(app, admin);
  const { cohortId } = cohort;
  const faculty = await givenMember(app, admin, cohortId, 'FACULTY');
  const facilitator = await givenMember(app, admin, cohortId, 'FACILITATOR');
  const participant = await givenMember(app, admin, cohortId, 'PARTICIPANT');
  const outsider = await givenMember(app, admin, cohortId, 'PARTICIPANT');
  const moduleId = await givenModule(app, faculty.token, cohortId);
  const gradedAssignments = await several(2, (n) => givenAssignment(app, faculty, moduleId, { rubric: RUBRIC, title: `Graded ${n}` }));
  const submissions = await several(2, (n) => givenSubmitted(app, participant, gradedAssignments[n]));
  const openAssignments = await several(3, (n) => givenAssignment(app, faculty, moduleId, { title: `Nobody has submitted ${n}` }));
  const communityId = await givenCommunity(app, admin, cohortId, [facilitator.id], [participant.id]);
  const seminars = await several(3, (n) => givenSession(app, faculty.token, cohortId, { moduleId, startsAt: [PAST, LATER_PAST, FUTURE][n] }));
  const heldSeminars = await givenSessions(app, cohortId, 'FACULTY_SEMINAR', 6);
  const meetings = await several(2, (n) =>
    givenSession(app, facilitator.token, cohortId, { kind: 'COMMUNITY_OF_PRACTICE', communityId, title: `Community meeting ${n}`, ceEligible: false, startsAt: [PAST, LATER_PAST][n] }),
  );
  const placementId = await givenPlacement(app, participant, cohortId);
  const entries = await several(3, (n) => givenEntry(app, participant, placementId, { date: `2026-10-1${n}` }));
  await givenEligible(app, admin, cohortId, [participant.id]);
  // The world holds a seminar still to come.
  const certificate = await issueCertificate(app, admin, cohortId, participant.id, 'Completed early');

  const people = [admin, faculty, facilitator, participant, outsider].map((person) => person.id);
  const idsByStem: Record<string, string[]> = {
    program: [cohort.programId],
    cohort: [cohortId],
    module: [moduleId],
    assignment: [...gradedAssignments, ...openAssignments],
    submission: submissions.map((submission) => submission.id),
    community: [communityId],
    session: [...seminars, ...heldSeminars, ...meetings],
    placement: [placementId],
    entry: entries,
    certificate: [certificate.id],
  };
  for (const stem of PERSON_STEMS) idsByStem[stem] = people;
  const actors = { admin: { ...admin, password: ADMIN_PASSWORD }, faculty, facilitator, participant };
  const { rows: accounts } = await app.db.query(`SELECT id, email, full_name, password_hash FROM app_user WHERE id = ANY($1::uuid[])`, [people]);
  const tokens: FuzzWorld['tokens'] = { admin: admin.token, faculty: faculty.token, facilitator: facilitator.token, participant: participant.token, anonymous: undefined };
  const restoreAccounts = async () => {
    await app.db.query(
      `UPDATE app_user u SET email = a.email, full_name = a.full_name, password_hash = a.password_hash, deactivated_at = NULL
         FROM json_to_recordset($1::json) AS a(id uuid, email text, full_name text, password_hash text) WHERE u.id = a.id`,
      [JSON.stringify(accounts)],
    );
    for (const [actor, person] of Object.entries(actors)) {
      tokens[actor as Actor] = await signIn(app, person.email, 'password' in person ? person.password : PASSWORD);
    }
  };
  return {
    restoreAccounts,
    tokens,
    idsByStem,
    allIds: [...new Set(Object.values(idsByStem).flat())],
    emails: [ADMIN_EMAIL, faculty.email, participant.email, faculty.email.toUpperCase()],
    passwords: [ADMIN_PASSWORD, PASSWORD],
    cohortStartsOn: cohort.startsOn,
    cohortEndsOn: cohort.endsOn,
  };
}
