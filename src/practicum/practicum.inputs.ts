import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min, registerDecorator, ValidationOptions } from 'class-validator';
import { CalendarDate } from '../graphql/date.scalar';
import { NotBlank } from '../graphql/not-blank.validator';
import { Trimmed } from '../graphql/text-fields';
import { identifierProblem, regionProblem } from './identifier-guard';
import { PracticumActivity, ReviewDecision, SettingType } from './practicum-enums';
import { COMMENT_MAX_LENGTH, MINUTES_MAX, MINUTES_MIN, PROVIDER_CODE, REFLECTION_MAX_LENGTH } from './practicum-rules';
import { IsId } from '../graphql/id-field.decorator';

/** Validates a string with a pure "what is wrong with it" function; the reason becomes the message. */
function Satisfies(problem: (value: string) => string | null, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'satisfies',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: ({ value }) => (typeof value === 'string' && problem(value)) || 'is not valid', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && problem(value) === null },
    });
}

const noIdentifiers = () => Satisfies(identifierProblem);
const minutesRange = [
  IsInt({ message: 'must be a whole number of minutes' }),
  Min(MINUTES_MIN, { message: `must be at least ${MINUTES_MIN}` }),
  Max(MINUTES_MAX, { message: `must be at most ${MINUTES_MAX} (12 hours)` }),
];
const reflectionText = [NotBlank(), MaxLength(REFLECTION_MAX_LENGTH, { message: `must be at most ${REFLECTION_MAX_LENGTH} characters` }), noIdentifiers()];

function apply(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyName) => decorators.forEach((decorator) => decorator(target, propertyName));
}

@InputType()
export class CreatePlacementInput {
  @Field(() => ID)
  @IsId()
  cohortId: string;

  @Field(() => String, { description: "3-20 characters of A-Z, 0-9 and '-' (e.g. FCC-0012); never a name" })
  @Trimmed()
  @Matches(PROVIDER_CODE, { message: "must be 3-20 characters of A-Z, 0-9 and '-' (a code such as FCC-0012, never a name)" })
  providerCode: string;

  @Field(() => SettingType)
  @IsEnum(SettingType)
  settingType: SettingType;

  @Field(() => String, { nullable: true, description: 'A county or wider region (e.g. "Fresno County"), never an address' })
  @IsOptional()
  @Trimmed()
  @Satisfies(regionProblem)
  region?: string;
}

@InputType()
export class LogPracticumInput {
  @Field(() => ID)
  @IsId()
  placementId: string;

  @Field(() => CalendarDate)
  date: string;

  @Field(() => Int)
  @apply(minutesRange)
  minutes: number;

  @Field(() => PracticumActivity)
  @IsEnum(PracticumActivity)
  activity: PracticumActivity;

  @Field(() => String, { description: 'No names, addresses, e-mail addresses or phone numbers of providers or children' })
  @apply(reflectionText)
  reflection: string;
}

@InputType()
export class UpdatePracticumEntryInput {
  @Field(() => ID)
  @IsId()
  entryId: string;

  @Field(() => CalendarDate, { nullable: true })
  @IsOptional()
  date?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @apply(minutesRange)
  minutes?: number;

  @Field(() => PracticumActivity, { nullable: true })
  @IsOptional()
  @IsEnum(PracticumActivity)
  activity?: PracticumActivity;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @apply(reflectionText)
  reflection?: string;
}

@InputType()
export class ReviewPracticumEntryInput {
  @Field(() => ID)
  @IsId()
  entryId: string;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required when requesting changes; no identifiers of providers or children' })
  @IsOptional()
  @Trimmed()
  @MaxLength(COMMENT_MAX_LENGTH, { message: `must be at most ${COMMENT_MAX_LENGTH} characters` })
  @noIdentifiers()
  comment?: string;

  @Field(() => Int, { description: "The entry's version the reviewer read; an entry edited since then answers CONFLICT" })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  version: number;
}
