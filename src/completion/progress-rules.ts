import { RequirementKind } from './requirement-kind';

/** Sessions attended and minutes credited at sessions of one kind. */
export interface SessionKindTotals {
  sessions: number;
  minutes: number;
}

/** What one participant has achieved so far, as the progress query aggregates it. */
export interface Achievements {
  facultySessions: number;
  communitySessions: number;
  journalsSatisfactory: number;
  practicumMinutesApproved: number;
  reflectivePracticeMinutes: number;
  /** Credited minutes of live (PRESENT), non-optional sessions: what certificates call contact hours. */
  contactMinutes: number;
  /** Attended sessions by session kind (kinds with none are absent). */
  bySessionKind: Record<string, SessionKindTotals>;
  /** The requirements waived for this participant. */
  waivedRequirementIds: string[];
}

export interface Requirement {
  id?: string;
  kind: RequirementKind;
  threshold: number;
  /** For SESSIONS_ATTENDED and SESSION_MINUTES: the session kinds counted; empty or absent, every kind. */
  sessionKinds?: string[];
}

export interface RequirementResult<R extends Requirement = Requirement> {
  requirement: R;
  achieved: number;
  waived: boolean;
  met: boolean;
}

export interface ProgressResult<R extends Requirement = Requirement> {
  eligible: boolean;
  requirements: RequirementResult<R>[];
}

function overSessionKinds(requirement: Requirement, achievements: Achievements, measure: keyof SessionKindTotals): number {
  const kinds = requirement.sessionKinds?.length ? requirement.sessionKinds : Object.keys(achievements.bySessionKind);
  return kinds.reduce((sum, kind) => sum + (achievements.bySessionKind[kind]?.[measure] ?? 0), 0);
}

const ACHIEVED: Record<RequirementKind, (achievements: Achievements, requirement: Requirement) => number> = {
  [RequirementKind.FACULTY_SESSIONS_ATTENDED]: (a) => a.facultySessions,
  [RequirementKind.COMMUNITY_SESSIONS_ATTENDED]: (a) => a.communitySessions,
  [RequirementKind.JOURNALS_SATISFACTORY]: (a) => a.journalsSatisfactory,
  [RequirementKind.PRACTICUM_MINUTES_APPROVED]: (a) => a.practicumMinutesApproved,
  [RequirementKind.REFLECTIVE_PRACTICE_MINUTES]: (a) => a.reflectivePracticeMinutes,
  [RequirementKind.TOTAL_CONTACT_MINUTES]: (a) => a.contactMinutes,
  [RequirementKind.SESSIONS_ATTENDED]: (a, r) => overSessionKinds(r, a, 'sessions'),
  [RequirementKind.SESSION_MINUTES]: (a, r) => overSessionKinds(r, a, 'minutes'),
};

/** Eligible when every requirement is met or waived; a cohort without requirements makes nobody eligible. */
export function evaluateProgress<R extends Requirement>(requirements: R[], achievements: Achievements): ProgressResult<R> {
  const results = requirements.map((requirement) => {
    const achieved = ACHIEVED[requirement.kind](achievements, requirement);
    const waived = requirement.id !== undefined && achievements.waivedRequirementIds.includes(requirement.id);
    return { requirement, achieved, waived, met: waived || achieved >= requirement.threshold };
  });
  return { eligible: results.length > 0 && results.every((result) => result.met), requirements: results };
}
