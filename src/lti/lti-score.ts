import { JournalOutcome } from '../journals/journal-status';

/** An AGS score (application/vnd.ims.lis.v1.score+json). */
export interface AgsScore {
  userId: string;
  timestamp: string;
  activityProgress: 'Completed' | 'Submitted';
  gradingProgress: 'FullyGraded' | 'PendingManual';
  scoreGiven?: number;
  scoreMaximum?: number;
  comment?: string;
}

export interface GradeToPost {
  platformUserId: string;
  outcome: JournalOutcome;
  feedback: string;
  gradedAt: Date;
}

/**
 * The score for one grade. AGS knows no "needs revision": a journal sent back is submitted work
 * awaiting the grader again, without a score. The grade's own time (milliseconds included) is the
 * timestamp, so a repeated post of the same grade is one the platform already has.
 */
export function scoreOf(grade: GradeToPost): AgsScore {
  const common = { userId: grade.platformUserId, timestamp: grade.gradedAt.toISOString(), ...(grade.feedback ? { comment: grade.feedback } : {}) };
  if (grade.outcome === JournalOutcome.SATISFACTORY) {
    return { ...common, scoreGiven: 1, scoreMaximum: 1, activityProgress: 'Completed', gradingProgress: 'FullyGraded' };
  }
  return { ...common, activityProgress: 'Submitted', gradingProgress: 'PendingManual' };
}

/** Where a line item's scores go: `/scores` added to its path, any query string kept after it. */
export function scoresUrl(lineItemUrl: string): string {
  const url = new URL(lineItemUrl);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.toString();
}

/** Canvas (400) and Moodle (409) refuse a score whose timestamp is not newer than the one they hold: the grade is already there. */
export function isAlreadyApplied(status: number, body: string): boolean {
  return status === 409 || (status === 400 && /timestamp.*not after/is.test(body));
}
