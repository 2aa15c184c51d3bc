import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { TimeZoneName } from './time-zone-field';
import { CalendarDate } from '../graphql/date.scalar';
import { Name } from '../graphql/text-fields';
import { EnrollmentRole } from './enrollment-role';
import { IdField } from '../graphql/id-field.decorator';
import { DateTime } from '../graphql/date-time.scalar';

@InputType()
export class CreateProgramInput {
  @Field(() => String)
  @Name()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. America/Los_Angeles; defaults to UTC' })
  @IsOptional()
  @TimeZoneName()
  timeZone?: string;
}

@InputType()
export class CreateCohortInput {
  @IdField()
  programId: string;

  @Field(() => String)
  @Name()
  name: string;

  @Field(() => CalendarDate)
  startsOn: string;

  @Field(() => CalendarDate)
  endsOn: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  capacity: number;

  @Field(() => String, { nullable: true, description: 'IANA time zone; defaults to the program’s' })
  @IsOptional()
  @TimeZoneName()
  timeZone?: string;

  @Field(() => Int, { nullable: true, description: '1-100, default 80' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  minimumAttendancePercent?: number;
}

@InputType()
export class EnrollInput {
  @IdField()
  cohortId: string;

  @IdField()
  userId: string;

  @Field(() => EnrollmentRole)
  @IsEnum(EnrollmentRole)
  role: EnrollmentRole;

  @Field(() => DateTime, { nullable: true, description: 'When the enrollment took effect; defaults to now' })
  @IsOptional()
  @IsDate()
  enrolledAt?: Date;
}
