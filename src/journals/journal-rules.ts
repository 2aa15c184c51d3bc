import { JournalOutcome, JournalSubmissionStatus } from './journal-status';

export interface RubricLevel {
  key: string;
  title: string;
  description?: string | null;
  points?: number | null;
}

export interface RubricCriterion {
  key: string;
  title: string;
  description?: string | null;
  levels: RubricLevel[];
}

/** Stored as jsonb; criteria and levels keep their order, and their keys never change once graded. */
export interface Rubric {
  criteria: RubricCriterion[];
}

export interface RubricChoice {
  criterion: string;
  level: string;
}

/** Why the participant may not change the text now, or null when they may. */
export function editRefusal(status: JournalSubmissionStatus | undefined): string | null {
  if (status === JournalSubmissionStatus.SUBMITTED) return 'This journal is submitted and awaits feedback; it can be changed once faculty return it';
  if (status === JournalSubmissionStatus.SATISFACTORY) return 'This journal was accepted as satisfactory; it can no longer change';
  return null;
}

/** The journal's state once faculty decided. */
export function statusAfterGrade(outcome: JournalOutcome): JournalSubmissionStatus {
  return outcome === JournalOutcome.SATISFACTORY ? JournalSubmissionStatus.SATISFACTORY : JournalSubmissionStatus.NEEDS_REVISION;
}

/** A first submission after the due date (or the participant's extension) is late. */
export function isLate(submittedAt: Date, dueAt: Date): boolean {
  return submittedAt.getTime() > dueAt.getTime();
}

function duplicates(keys: string[]): string[] {
  return keys.filter((key, index) => keys.indexOf(key) !== index);
}

/** Keys must be unique among the criteria and among each criterion's levels; null when the rubric is sound. */
export function rubricShapeProblem(rubric: Rubric): string | null {
  const repeatedCriteria = duplicates(rubric.criteria.map((criterion) => criterion.key));
  if (repeatedCriteria.length) return `criterion key "${repeatedCriteria[0]}" is used twice`;
  for (const criterion of rubric.criteria) {
    const repeatedLevels = duplicates(criterion.levels.map((level) => level.key));
    if (repeatedLevels.length) return `level key "${repeatedLevels[0]}" is used twice in criterion "${criterion.key}"`;
  }
  return null;
}

/** Checks a grader's rubric choices against the assignment's rubric; null when they all exist, once each. */
export function rubricChoiceProblem(rubric: Rubric | null, choices: RubricChoice[]): string | null {
  if (!choices.length) return null;
  if (!rubric) return 'this assignment has no rubric';
  const repeated = duplicates(choices.map((choice) => choice.criterion));
  if (repeated.length) return `criterion "${repeated[0]}" is assessed twice`;
  for (const choice of choices) {
    const criterion = rubric.criteria.find((candidate) => candidate.key === choice.criterion);
    if (!criterion) return `unknown rubric criterion "${choice.criterion}"`;
    if (!criterion.levels.some((level) => level.key === choice.level)) {
      return `unknown level "${choice.level}" for criterion "${choice.criterion}"`;
    }
  }
  return null;
}
