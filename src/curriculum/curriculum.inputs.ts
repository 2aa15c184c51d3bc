import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsDefined, IsEnum, IsInt, IsOptional, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Title } from '../graphql/text-fields';
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

/** May be left out, but not null: a session cannot do without the value it would erase. */
function OptionalNotNull(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_input, value) => value !== undefined)(target, property);
    IsDefined({ message: 'cannot be null; leave it out to keep the current value' })(target, property);
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

@InputType()
export class ScheduleSessionInput {
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

  @Field(() => DateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => Int)
  @SessionLength()
  durationMinutes: number;

  @Field(() => Boolean)
  @IsBoolean()
  ceEligible: boolean;

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
}
