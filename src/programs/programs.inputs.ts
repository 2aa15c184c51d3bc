import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, MaxLength, Min } from 'class-validator';
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
