import { GRANTS, Permission } from './permission';
import { RELATED, Relationship } from './relationship';

export type Verdict = { outcome: 'granted' } | { outcome: 'not-found' } | { outcome: 'forbidden'; reason: string };

/**
 * The one rule for answers: no relationship to the record, NOT_FOUND (so ids reveal nothing);
 * related but without the right, FORBIDDEN with the reason.
 */
export function decide(permission: Permission, relationships: ReadonlySet<Relationship>): Verdict {
  if (!RELATED.some((relationship) => relationships.has(relationship))) return { outcome: 'not-found' };
  const grant = GRANTS[permission];
  if (grant.deny && relationships.has(grant.deny.relationship)) return { outcome: 'forbidden', reason: grant.deny.reason };
  const holds = (needed: Relationship | readonly Relationship[]) =>
    typeof needed === 'string' ? relationships.has(needed) : needed.every((relationship) => relationships.has(relationship));
  if (!grant.allow.some(holds)) return { outcome: 'forbidden', reason: grant.refusal };
  return { outcome: 'granted' };
}

/** What a granted check hands the service: the record's cohort and how the caller stands to it. */
export class AccessDecision {
  constructor(
    readonly userId: string,
    /** The record's cohort; null for a person (CE records) and a program. */
    readonly cohortId: string | null,
    readonly relationships: ReadonlySet<Relationship>,
    /** The record's row as JSON where the check returned it (a program, a cohort), else null. */
    readonly record: Record<string, unknown> | null = null,
  ) {}

  has(relationship: Relationship): boolean {
    return this.relationships.has(relationship);
  }

  /** Whether the same relationships also grant `permission` (for rules within a granted operation), with no further query. */
  allows(permission: Permission): boolean {
    return decide(permission, this.relationships).outcome === 'granted';
  }

  /** The record's cohort; every target but a person (CE records) has one. */
  get cohort(): string {
    if (!this.cohortId) throw new Error('This record belongs to no cohort');
    return this.cohortId;
  }

  /** Admins, the program's coordinators and faculty see every participant of the cohort; facilitators only their communities' members. */
  get seesWholeCohort(): boolean {
    return this.administers || this.has(Relationship.FACULTY);
  }

  /** An administrator, or a coordinator of the record's program. */
  get administers(): boolean {
    return this.has(Relationship.ADMIN) || this.has(Relationship.COORDINATOR);
  }

  /** For cohort-wide lists: the facilitator whose communities' members the list is narrowed to, or null for all. */
  get narrowedToFacilitator(): string | null {
    return this.seesWholeCohort ? null : this.userId;
  }
}
