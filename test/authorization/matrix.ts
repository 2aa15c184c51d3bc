import { GivenCohort, SignedIn } from '../support/factories';
import { TestApp } from '../support/test-app';

/**
 * Who calls: roles, and relationships to world.participant and North. Each actor other than
 * anonymous and admin stands in one relationship to the records the rows target.
 */
export const ACTORS = [
  'anonymous',
  /** Owns the records the rows target; a member of North. */
  'participant',
  /** Another participant of the cohort, in North too: a community-mate, still not the owner. */
  'peerParticipant',
  'faculty',
  /** Facilitates North, so facilitates world.participant. */
  'facilitator',
  /** Facilitates South, another community of the same cohort. */
  'otherFacilitator',
  'admin',
  /** Coordinates the program of world.cohort: what an admin may do, for that program only. */
  'coordinator',
  /** Coordinates another program (the outsiders'). */
  'otherCoordinator',
  /** A participant of another cohort only. */
  'outsiderParticipant',
  /** Faculty of another cohort only. */
  'outsiderFaculty',
] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedInActor = Exclude<Actor, 'anonymous'>;

/** Enrolled in, or coordinating, only a cohort of their own: no relationship to anything of world.cohort. */
export const OUTSIDERS: readonly Actor[] = ['outsiderParticipant', 'outsiderFaculty', 'otherCoordinator'];

export const EVERYONE: readonly Actor[] = ACTORS;
export const SIGNED_IN: readonly Actor[] = ACTORS.filter((actor) => actor !== 'anonymous');
/** Everyone enrolled in world.cohort, and admins: who may read the cohort itself. */
export const COHORT_MEMBERS_AND_ADMIN: readonly Actor[] = ['participant', 'peerParticipant', 'faculty', 'facilitator', 'otherFacilitator', 'admin', 'coordinator'];
/** The cohort's participants, each acting on their own behalf (writing a journal, keeping a log). */
export const COHORT_PARTICIPANTS: readonly Actor[] = ['participant', 'peerParticipant'];
/** Whole-cohort staff lists: every facilitator may ask, and the repositories narrow theirs to their own communities. */
export const COHORT_STAFF_AND_ADMIN: readonly Actor[] = ['faculty', 'facilitator', 'otherFacilitator', 'admin', 'coordinator'];
export const FACULTY_AND_ADMIN: readonly Actor[] = ['faculty', 'admin', 'coordinator'];
/** world.participant's staff: the cohort's faculty, the facilitator of their community (not otherFacilitator), admins and the program's coordinator. */
export const STAFF_OF_PARTICIPANT: readonly Actor[] = ['faculty', 'facilitator', 'admin', 'coordinator'];
/** Who reads world.participant's records: they themselves and their staff. */
export const PARTICIPANT_AND_STAFF: readonly Actor[] = ['participant', ...STAFF_OF_PARTICIPANT];
export const OWNER_ONLY: readonly Actor[] = ['participant'];
export const ADMIN_ONLY: readonly Actor[] = ['admin'];
/** Who runs world.cohort's program: admins, and its coordinator (the other program's is an outsider). */
export const ADMINISTRATORS: readonly Actor[] = ['admin', 'coordinator'];

/**
 * One cohort (communities North and South) with a person in each relationship, and a second cohort
 * for the outsiders; shared by every row of the matrix.
 */
export interface AuthzWorld {
  app: TestApp;
  cohort: GivenCohort;
  /** North: facilitated by `facilitator`, with `participant` and `peerParticipant` as members. */
  northId: string;
  /** South: facilitated by `otherFacilitator`, with `southMember`. */
  southId: string;
  southMember: SignedIn;
  admin: SignedIn;
  participant: SignedIn;
  peerParticipant: SignedIn;
  faculty: SignedIn;
  facilitator: SignedIn;
  otherFacilitator: SignedIn;
  coordinator: SignedIn;
  otherCoordinator: SignedIn;
  outsiderParticipant: SignedIn;
  outsiderFaculty: SignedIn;
  /** Records a domain's `prepare` made once for all of its rows. */
  fixtures: Record<string, any>;
}

export interface AuthzRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export type RefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/** An answer that differs from the rule for one actor, and why it legitimately does. */
export interface RefusalOverride {
  code: RefusalCode;
  because: string;
}

interface CaseBase {
  operation: string;
  /** Tells apart several rows of one operation (e.g. whose record it asks for). */
  label?: string;
  /**
   * Called once per actor; may create fresh records, so an allowed call always has valid input and
   * must succeed outright. Should target world.participant's records (or North's), whoever asks.
   */
  request(world: AuthzWorld, actor: Actor): Promise<AuthzRequest> | AuthzRequest;
  /** An allowed call ends the caller's session (sign-out, a new password): the caller signs in again after it. */
  revokesCallerToken?: true;
}

/** Declared with @AdminOnly: the guard refuses every signed-in non-admin before any record is read. */
export interface AdminOnlyCase extends CaseBase {
  adminOnly: true;
}

/** Decided by the caller's relationship to the record the request names. */
export interface RecordCase extends CaseBase {
  allowed: readonly Actor[];
  refusals?: Partial<Record<SignedInActor, RefusalOverride>>;
}

export type AuthzCase = AdminOnlyCase | RecordCase;

/** What a domain contributes: its cases, and optionally set-up shared by them. */
export interface AuthzCaseSet {
  prepare?(world: AuthzWorld): Promise<void>;
  /** Stops what prepare started (a simulated platform). */
  teardown?(world: AuthzWorld): Promise<void>;
  cases: AuthzCase[];
}

export function allowedActors(row: AuthzCase): readonly Actor[] {
  return 'adminOnly' in row ? ADMIN_ONLY : row.allowed;
}

/**
 * The rule (src/access/access-decision.ts): anonymous, UNAUTHENTICATED; admin-only operations,
 * FORBIDDEN; no relationship to the record (the outsiders), NOT_FOUND; related without the right
 * (anyone enrolled in its cohort), FORBIDDEN. A row's override wins for signed-in actors.
 */
export function expectedRefusal(row: AuthzCase, actor: Actor): RefusalCode {
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  if ('adminOnly' in row) return 'FORBIDDEN';
  const override = row.refusals?.[actor];
  if (override) return override.code;
  return OUTSIDERS.includes(actor) ? 'NOT_FOUND' : 'FORBIDDEN';
}

/** The same override for several actors. */
export function refuseAs(actors: readonly SignedInActor[], code: RefusalCode, because: string): Partial<Record<SignedInActor, RefusalOverride>> {
  return Object.fromEntries(actors.map((actor) => [actor, { code, because }]));
}

/**
 * A cohort of its own in world.cohort's program, for rows whose changes must not touch world.cohort:
 * its coordinator runs it, and world.cohort's members are strangers to it (see STRANGERS_TO_SIBLING).
 */
export async function givenSiblingCohort(world: AuthzWorld, fields: { capacity?: number } = {}): Promise<string> {
  const { createCohort } = await world.app.ok(
    `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    {
      input: {
        programId: world.cohort.programId, name: 'Matrix sibling cohort', startsOn: world.cohort.startsOn, endsOn: world.cohort.endsOn, capacity: fields.capacity ?? 40,
      },
    },
    world.admin.token,
  );
  return createCohort.id;
}

/** For rows on a sibling cohort: enrolled only in world.cohort, they are not related to it. */
export const STRANGERS_TO_SIBLING = refuseAs(
  ['participant', 'peerParticipant', 'faculty', 'facilitator', 'otherFacilitator'],
  'NOT_FOUND',
  "the row acts on another cohort of the program, which they are not part of; only the program's administrators are related to it",
);
