import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Name, Title, Trimmed } from '../graphql/text-fields';
import { OptionalNotNull } from '../graphql/optional-not-null';
import { CalendarDate } from '../graphql/date.scalar';
import { Modality } from './modality';
import { SessionKind } from './session-kind';
import { IdField, IsId } from '../graphql/id-field.decorator';
import { DateTime } from '../graphql/date-time.scalar';

export const MAX_SESSION_MINUTES = 720;

/** Shared rule for a session's length: a positive number of minutes, at most 12 hours. */
function SessionLength(): PropertyDecorator {
  return (target, property) => {
    IsInt({ message: 'must be a whole number of minutes' })(target, property);
    Min(1, { message: 'must be at least 1' })(target, property);
    Max(MAX_SESSION_MINUTES, { message: `must be at most ${MAX_SESSION_MINUTES}` })(target, property);
  };
}

/** A link to join online: https or http, at most 2,000 characters. */
function JoinUrl(): PropertyDecorator {
  return (target, property) => {
    Trimmed()(target, property);
    IsString()(target, property);
    MaxLength(2000, { message: 'must be at most 2000 characters' })(target, property);
    IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'must be an https (or http) URL' })(target, property);
  };
}

@InputType()
export class CreateModuleInput {
  @IdField()
  cohortId: string;

  @Field(() => String)
  @Title()
  title: string;

  @Field(() => Int, { description: 'Order within the cohort, from 1' })
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  position: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;
}

@InputType({ description: 'Omitted fields stay' })
export class UpdateModuleInput {
  @IdField()
  moduleId: string;

  @Field(() => String, { nullable: true })
  @OptionalNotNull()
  @Title()
  title?: string;

  @Field(() => String, { nullable: true, description: 'null clears it' })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place in the cohort, from 1 to the number of modules: the modules it passes shift by one, and positions become 1, 2, 3…',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  position?: number;
}

@InputType()
export class ReorderModulesInput {
  @IdField()
  cohortId: string;

  @Field(() => [ID], { description: 'Every module of the cohort, each once, in their new order (positions become 1, 2, 3…)' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsId({ each: true })
  moduleIds: string[];
}

/** What a session and a series of sessions are scheduled with, besides when. */
@InputType({ isAbstract: true })
abstract class SessionDetailsInput {
  @IdField()
  cohortId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  moduleId?: string;

  @Field(() => ID, { nullable: true, description: 'Required for (and only for) COMMUNITY_OF_PRACTICE sessions' })
  @IsOptional()
  @IsId()
  communityId?: string;

  @Field(() => SessionKind)
  @IsEnum(SessionKind)
  kind: SessionKind;

  @Field(() => String)
  @Title()
  title: string;

  @Field(() => Int)
  @SessionLength()
  durationMinutes: number;

  @Field(() => Boolean)
  @IsBoolean()
  ceEligible: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Offered but expected of nobody; default false' })
  @IsOptional()
  @IsBoolean()
  optional?: boolean;

  @Field(() => Modality, { nullable: true })
  @IsOptional()
  @IsEnum(Modality)
  modality?: Modality;

  @Field(() => String, { nullable: true, description: 'Where it meets in person' })
  @IsOptional()
  @Name(500)
  location?: string;

  @Field(() => String, { nullable: true, description: 'An https (or http) link to join online' })
  @IsOptional()
  @JoinUrl()
  joinUrl?: string;

  @Field(() => ID, { nullable: true, description: 'Faculty or facilitator who leads it; defaults to the caller when staff' })
  @IsOptional()
  @IsId()
  leaderId?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these participants are expected (e.g. reflective practice)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsId({ each: true })
  participantIds?: string[];
}

@InputType()
export class ScheduleSessionInput extends SessionDetailsInput {
  @Field(() => DateTime)
  @IsDate()
  startsAt: Date;
}

@InputType()
export class ScheduleSessionsInput extends SessionDetailsInput {
  @Field(() => [CalendarDate], { description: 'One session on each date (at most 100), all within the cohort' })
  @IsArray()
  dates: string[];

  @Field(() => String, { description: 'Wall-clock start "HH:MM" (24 h) in the cohort’s time zone, daylight saving included' })
  @IsString()
  startTime: string;
}

@InputType()
export class UpdateSessionInput {
  @IdField()
  sessionId: string;

  @Field(() => String, { nullable: true })
  @OptionalNotNull()
  @Title()
  title?: string;

  @Field(() => DateTime, { nullable: true })
  @OptionalNotNull()
  @IsDate()
  startsAt?: Date;

  @Field(() => Int, { nullable: true })
  @OptionalNotNull()
  @SessionLength()
  durationMinutes?: number;

  @Field(() => Boolean, { nullable: true })
  @OptionalNotNull()
  @IsBoolean()
  ceEligible?: boolean;

  @Field(() => ID, { nullable: true, description: 'A module of the same cohort; null detaches the session from its module' })
  @IsOptional()
  @IsId()
  moduleId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Offered but expected of nobody and counted toward nothing (admins and faculty)' })
  @OptionalNotNull()
  @IsBoolean()
  optional?: boolean;

  @Field(() => Modality, { nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsEnum(Modality)
  modality?: Modality | null;

  @Field(() => String, { nullable: true, description: 'Where it meets in person; null clears it' })
  @IsOptional()
  @Name(500)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'An https (or http) link to join online; null clears it' })
  @IsOptional()
  @JoinUrl()
  joinUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'Faculty or a facilitator of the cohort who leads it (admins and faculty); null: nobody' })
  @IsOptional()
  @IsId()
  leaderId?: string | null;
}
