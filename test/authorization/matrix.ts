import { GivenCohort, SignedIn } from '../support/factories';
import { TestApp } from '../support/test-app';

export const ACTORS = ['anonymous', 'participant', 'faculty', 'facilitator', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

/** One cohort with one person in each role, shared by every row of the matrix. */
export interface AuthzWorld {
  app: TestApp;
  cohort: GivenCohort;
  admin: SignedIn;
  participant: SignedIn;
  faculty: SignedIn;
  facilitator: SignedIn;
  /** Records a domain's `prepare` made once for all of its rows. */
  fixtures: Record<string, any>;
}

export interface AuthzRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * One operation of schema.gql and who may call it. `request` is called once per actor and may
 * create fresh records, so an allowed call always has valid input and must succeed outright.
 */
export interface AuthzCase {
  operation: string;
  allowed: readonly Actor[];
  request(world: AuthzWorld, actor: Actor): Promise<AuthzRequest> | AuthzRequest;
}

/** What a domain contributes: its cases, and optionally set-up shared by them. */
export interface AuthzCaseSet {
  prepare?(world: AuthzWorld): Promise<void>;
  cases: AuthzCase[];
}

export const EVERYONE: readonly Actor[] = ACTORS;
export const SIGNED_IN: readonly Actor[] = ['participant', 'faculty', 'facilitator', 'admin'];
export const ADMIN_ONLY: readonly Actor[] = ['admin'];
export const STAFF_AND_ADMIN: readonly Actor[] = ['faculty', 'facilitator', 'admin'];
