import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../auth/user.model';
import { JournalOutcome, JournalSubmissionStatus } from './journal-status';
import { DateTime } from '../graphql/date-time.scalar';

registerEnumType(JournalSubmissionStatus, { name: 'JournalSubmissionStatus' });
registerEnumType(JournalOutcome, { name: 'JournalOutcome' });

@ObjectType('RubricLevel')
export class RubricLevel {
  @Field(() => String, { description: 'Stable key, used when grading' })
  key: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { nullable: true })
  points: number | null;
}

@ObjectType('RubricCriterion')
export class RubricCriterion {
  @Field(() => String, { description: 'Stable key, used when grading' })
  key: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [RubricLevel], { description: 'In order, lowest first' })
  levels: RubricLevel[];
}

@ObjectType('Rubric')
export class Rubric {
  @Field(() => [RubricCriterion])
  criteria: RubricCriterion[];
}

@ObjectType('RubricLevelChoice', { description: 'The level a grader chose for one criterion' })
export class RubricLevelChoice {
  @Field(() => String)
  criterion: string;

  @Field(() => String)
  level: string;
}

@ObjectType('JournalAssignment')
export class JournalAssignment {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  prompt: string;

  @Field(() => DateTime)
  dueAt: Date;

  @Field(() => Int, { description: 'Counted toward contact time once the journal is satisfactory' })
  expectedMinutes: number;

  @Field(() => Rubric, { nullable: true })
  rubric: Rubric | null;

  @Field(() => ID)
  moduleId: string;

  @Field(() => ID)
  cohortId: string;
}

@ObjectType('JournalSubmissionVersion', { description: 'One submitted text, as it was sent' })
export class JournalSubmissionVersion {
  @Field(() => Int, { description: '1 for the first submission, 2 for the first resubmission, …' })
  attempt: number;

  @Field(() => Int, { description: "The submission's version this text was submitted as" })
  version: number;

  @Field(() => String, { nullable: true, description: 'Null unless you wrote it or are faculty of the cohort' })
  body: string | null;

  @Field(() => DateTime)
  submittedAt: Date;

  @Field(() => String, { description: "The assignment's title as this text answered it" })
  title: string;

  @Field(() => String, { description: "The assignment's prompt as this text answered it" })
  prompt: string;
}

@ObjectType('JournalGrade', { description: 'One grading decision, kept for history' })
export class JournalGrade {
  @Field(() => ID)
  id: string;

  @Field(() => JournalOutcome)
  outcome: JournalOutcome;

  @Field(() => String, { nullable: true, description: 'Null unless you wrote the journal or are faculty of the cohort' })
  feedback: string | null;

  @Field(() => Int, { nullable: true })
  score: number | null;

  @Field(() => [RubricLevelChoice], { nullable: true })
  rubricLevels: RubricLevelChoice[] | null;

  @Field(() => Int, { description: 'The submission version that was graded' })
  gradedVersion: number;

  @Field(() => DateTime)
  gradedAt: Date;

  @Field(() => User)
  grader: User;
}

@ObjectType('JournalSubmission')
export class JournalSubmission {
  @Field(() => ID)
  id: string;

  @Field(() => JournalSubmissionStatus)
  status: JournalSubmissionStatus;

  @Field(() => Int, { description: 'Grows on every submit and grade; pass it to gradeJournal' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Null unless you wrote it or are faculty of the cohort' })
  body: string | null;

  @Field(() => DateTime, { nullable: true, description: 'The latest submission' })
  submittedAt: Date | null;

  @Field(() => DateTime, { nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => Boolean, { description: 'The first submission came after the due date (or the granted extension)' })
  late: boolean;

  @Field(() => String, { nullable: true, description: 'Null unless you wrote the journal or are faculty of the cohort' })
  feedback: string | null;

  @Field(() => Int, { nullable: true })
  score: number | null;

  @Field(() => [RubricLevelChoice], { nullable: true })
  rubricLevels: RubricLevelChoice[] | null;

  @Field(() => DateTime, { nullable: true })
  gradedAt: Date | null;

  @Field(() => String, {
    description: "What this journal answers: the prompt as it read when the latest text was submitted (the assignment's current one until then)",
  })
  prompt: string;

  @Field(() => JournalAssignment)
  assignment: JournalAssignment;

  @Field(() => User)
  participant: User;

  /** Whether this viewer may read the text (body, versions, feedback); decided by the policy. */
  showText: boolean;
}

@ObjectType('JournalExtension', { description: "A participant's later due date for one assignment" })
export class JournalExtension {
  @Field(() => ID)
  id: string;

  @Field(() => DateTime)
  dueAt: Date;

  @Field(() => DateTime)
  grantedAt: Date;

  @Field(() => JournalAssignment)
  assignment: JournalAssignment;

  @Field(() => User)
  participant: User;
}
