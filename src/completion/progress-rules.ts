import { RequirementKind } from './requirement-kind';

/** What one participant has achieved so far, as the progress query aggregates it. */
export interface Achievements {
  facultySessions: number;
  communitySessions: number;
  journalsSatisfactory: number;
  practicumMinutesApproved: number;
  reflectivePracticeMinutes: number;
  /** Attended minutes + expected minutes of satisfactory journals + approved practicum minutes. */
  totalContactMinutes: number;
}

export interface Requirement {
  kind: RequirementKind;
  threshold: number;
}

export interface RequirementResult extends Requirement {
  achieved: number;
  met: boolean;
}

export interface ProgressResult {
  eligible: boolean;
  requirements: RequirementResult[];
}

const ACHIEVED: Record<RequirementKind, (achievements: Achievements) => number> = {
  [RequirementKind.FACULTY_SESSIONS_ATTENDED]: (a) => a.facultySessions,
  [RequirementKind.COMMUNITY_SESSIONS_ATTENDED]: (a) => a.communitySessions,
  [RequirementKind.JOURNALS_SATISFACTORY]: (a) => a.journalsSatisfactory,
  [RequirementKind.PRACTICUM_MINUTES_APPROVED]: (a) => a.practicumMinutesApproved,
  [RequirementKind.REFLECTIVE_PRACTICE_MINUTES]: (a) => a.reflectivePracticeMinutes,
  [RequirementKind.TOTAL_CONTACT_MINUTES]: (a) => a.totalContactMinutes,
};

/** Eligible when every requirement is met; a cohort without requirements makes nobody eligible. */
export function evaluateProgress(requirements: Requirement[], achievements: Achievements): ProgressResult {
  const results = requirements.map((requirement) => {
    const achieved = ACHIEVED[requirement.kind](achievements);
    return { ...requirement, achieved, met: achieved >= requirement.threshold };
  });
  return { eligible: results.length > 0 && results.every((result) => result.met), requirements: results };
}
