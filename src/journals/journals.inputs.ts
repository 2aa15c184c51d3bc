import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { Title, Trimmed } from '../graphql/text-fields';
import { JournalOutcome } from './journal-status';
import { IdField } from '../graphql/id-field.decorator';
import { DateTime } from '../graphql/date-time.scalar';

export const MAX_JOURNAL_LENGTH = 100_000;
const KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const KEY_MESSAGE = 'must be 1-40 lower-case letters, digits, - or _';

@InputType()
export class RubricLevelInput {
  @Field(() => String, { description: 'Stable key within its criterion, e.g. "proficient"' })
  @Trimmed()
  @Matches(KEY, { message: KEY_MESSAGE })
  key: string;

  @Field(() => String)
  @Title()
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  points?: number;
}

@InputType()
export class RubricCriterionInput {
  @Field(() => String, { description: 'Stable key within the rubric, e.g. "parallel-process"' })
  @Trimmed()
  @Matches(KEY, { message: KEY_MESSAGE })
  key: string;

  @Field(() => String)
  @Title()
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => [RubricLevelInput], { description: 'In order, lowest first' })
  @ArrayMinSize(1, { message: 'needs at least one level' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RubricLevelInput)
  levels: RubricLevelInput[];
}

@InputType()
export class RubricInput {
  @Field(() => [RubricCriterionInput])
  @ArrayMinSize(1, { message: 'needs at least one criterion' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  criteria: RubricCriterionInput[];
}

@InputType()
export class CreateJournalAssignmentInput {
  @IdField()
  moduleId: string;

  @Field(() => String)
  @Title()
  title: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(20_000)
  prompt: string;

  @Field(() => DateTime, { description: "Within the cohort's dates" })
  @IsDate()
  dueAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(1440, { message: 'must be at most 1440' })
  expectedMinutes: number;

  @Field(() => RubricInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RubricInput)
  rubric?: RubricInput;
}

@InputType({ description: 'Omitted fields stay; journals already submitted keep the title and prompt they answered' })
export class UpdateJournalAssignmentInput {
  @IdField()
  assignmentId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Title()
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotBlank()
  @MaxLength(20_000)
  prompt?: string;

  @Field(() => DateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(1440, { message: 'must be at most 1440' })
  expectedMinutes?: number;

  @Field(() => RubricInput, { nullable: true, description: 'Only while nobody has submitted (drafts do not count), else CONFLICT; null removes the rubric' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RubricInput)
  rubric?: RubricInput | null;
}

@InputType()
export class SaveJournalDraftInput {
  @IdField()
  assignmentId: string;

  @Field(() => String, { description: 'May be empty while drafting' })
  @IsString()
  @MaxLength(MAX_JOURNAL_LENGTH, { message: `must be at most ${MAX_JOURNAL_LENGTH} characters` })
  body: string;
}

@InputType()
export class SubmitJournalInput {
  @IdField()
  assignmentId: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(MAX_JOURNAL_LENGTH, { message: `must be at most ${MAX_JOURNAL_LENGTH} characters` })
  body: string;
}

@InputType()
export class RubricLevelChoiceInput {
  @Field(() => String, { description: 'A criterion key of the assignment rubric' })
  @Trimmed()
  @IsString()
  @MaxLength(40)
  criterion: string;

  @Field(() => String, { description: 'A level key of that criterion' })
  @Trimmed()
  @IsString()
  @MaxLength(40)
  level: string;
}

@InputType()
export class GradeJournalInput {
  @IdField()
  submissionId: string;

  @Field(() => JournalOutcome)
  @IsEnum(JournalOutcome)
  outcome: JournalOutcome;

  @Field(() => String)
  @NotBlank()
  @MaxLength(20_000)
  feedback: string;

  @Field(() => Int, { nullable: true, description: '0 to 100' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be between 0 and 100' })
  @Max(100, { message: 'must be between 0 and 100' })
  score?: number;

  @Field(() => Int, { description: 'The version you read; a stale one answers CONFLICT' })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  version: number;

  @Field(() => [RubricLevelChoiceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricLevelChoiceInput)
  rubricLevels?: RubricLevelChoiceInput[];
}

@InputType()
export class GrantExtensionInput {
  @IdField()
  assignmentId: string;

  @IdField({ description: 'A participant of the cohort' })
  userId: string;

  @Field(() => DateTime, { description: "After the assignment's due date and within the cohort's dates" })
  @IsDate()
  dueAt: Date;
}
