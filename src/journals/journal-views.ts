import { User } from '../auth/user.model';
import { JournalAssignmentEntity } from './journal-assignment.entity';
import { JournalGradeEntity } from './journal-grade.entity';
import { JournalSubmissionVersionEntity } from './journal-submission-version.entity';
import { JournalAssignment, JournalGrade, JournalSubmission, JournalSubmissionVersion } from './journals.models';
import type { Journal } from './journals.repository';

/** Entities become GraphQL models here; the text fields are dropped unless the policy allowed them. */
export function toJournalAssignment(entity: JournalAssignmentEntity): JournalAssignment {
  const { id, title, prompt, dueAt, expectedMinutes, rubric, moduleId, cohortId } = entity;
  return { id, title, prompt, dueAt, expectedMinutes, moduleId, cohortId, rubric: rubric as JournalAssignment['rubric'] };
}

/**
 * Expects `assignment` and `participant` to have been joined. `body` is the text this viewer may read
 * (see JournalSubmissionsService.forViewer); `showText` decides feedback, versions and grades.
 */
export function toJournalSubmission(entity: Journal, showText: boolean, body: string | null): JournalSubmission {
  return {
    id: entity.id,
    status: entity.status,
    version: entity.version,
    body,
    submittedAt: entity.submittedAt,
    firstSubmittedAt: entity.firstSubmittedAt,
    late: entity.late,
    feedback: showText ? entity.feedback : null,
    score: entity.score,
    rubricLevels: entity.rubricLevels,
    gradedAt: entity.gradedAt,
    prompt: entity.answeredPrompt,
    assignment: toJournalAssignment(entity.assignment!),
    participant: User.from(entity.participant!),
    showText,
  };
}

/** The author's view: everything, including an unsubmitted draft. */
export function toOwnJournal(entity: Journal): JournalSubmission {
  return toJournalSubmission(entity, true, entity.body);
}

export function toJournalVersion(entity: JournalSubmissionVersionEntity, showText: boolean): JournalSubmissionVersion {
  const { attempt, version, submittedAt, title, prompt } = entity;
  return { attempt, version, submittedAt, title, prompt, body: showText ? entity.body : null };
}

/** Expects `grader` to have been joined. */
export function toJournalGrade(entity: JournalGradeEntity, showText: boolean): JournalGrade {
  const { id, outcome, score, rubricLevels, gradedVersion, gradedAt } = entity;
  return { id, outcome, score, rubricLevels, gradedVersion, gradedAt, feedback: showText ? entity.feedback : null, grader: User.from(entity.grader!) };
}
