import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, MaxDate, MaxLength, Min, MinDate } from 'class-validator';
import { CalendarDate } from '../graphql/date.scalar';
import { NotBlank } from '../graphql/not-blank.validator';
import { EnrollmentRole } from './enrollment-role';
import { IdField } from '../graphql/id-field.decorator';
import { DateTime } from '../graphql/date-time.scalar';

@InputType()
export class CreateProgramInput {
  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;
}

@InputType()
export class CreateCohortInput {
  @IdField()
  programId: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(200)
  name: string;

  @Field(() => CalendarDate)
  startsOn: string;

  @Field(() => CalendarDate)
  endsOn: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  capacity: number;
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
  @MinDate(new Date('1900-01-01T00:00:00Z'), { message: 'must be after 1900' })
  @MaxDate(new Date('2200-01-01T00:00:00Z'), { message: 'must be before 2200' })
  enrolledAt?: Date;
}
