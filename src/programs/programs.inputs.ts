import { Field, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEmail, IsEnum, IsInt, IsOptional, IsUrl, Max, MaxLength, Min } from 'class-validator';
import { TimeZoneName } from './time-zone-field';
import { CalendarDate } from '../graphql/date.scalar';
import { OptionalNotNull } from '../graphql/optional-not-null';
import { NotBlank } from '../graphql/not-blank.validator';
import { Name, Title, Trimmed } from '../graphql/text-fields';
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

/** The issuer's site, as linked from the verify page and put in credentials: an absolute web address. */
function IssuerUrl(): PropertyDecorator {
  return (target, property) => {
    Trimmed()(target, property);
    MaxLength(2000, { message: 'must be at most 2000 characters' })(target, property);
    IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'must be an absolute https (or http) URL' })(target, property);
  };
}

/** The issuer's contact address, as put in credentials. */
function IssuerEmail(): PropertyDecorator {
  return (target, property) => {
    Trimmed()(target, property);
    MaxLength(254, { message: 'must be at most 254 characters' })(target, property);
    IsEmail({}, { message: 'must be a valid e-mail address' })(target, property);
  };
}

/** What is left out stays as it is; null clears an optional field (the issuer name and certificate title fall back to the defaults). */
@InputType()
export class UpdateProgramInput {
  @IdField()
  programId: string;

  @Field(() => String, { nullable: true })
  @OptionalNotNull()
  @Name()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'must be at most 5000 characters' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. America/Los_Angeles; new cohorts take it' })
  @OptionalNotNull()
  @TimeZoneName()
  timeZone?: string;

  @Field(() => String, { nullable: true, description: 'The organisation named on certificates, verify pages and credentials; null: the deployment default' })
  @IsOptional()
  @Name()
  issuerName?: string | null;

  @Field(() => String, { nullable: true, description: "The issuer's site: an absolute https (or http) URL" })
  @IsOptional()
  @IssuerUrl()
  issuerUrl?: string | null;

  @Field(() => String, { nullable: true, description: "The issuer's contact e-mail address, put in credentials" })
  @IsOptional()
  @IssuerEmail()
  issuerEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Who signs the certificates, printed on the signature line' })
  @IsOptional()
  @Name()
  signatoryName?: string | null;

  @Field(() => String, { nullable: true, description: "The signatory's title, e.g. Program Director" })
  @IsOptional()
  @Title()
  signatoryTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'The completion certificate\'s heading; null: "Certificate of Completion"' })
  @IsOptional()
  @Title(120)
  certificateTitle?: string | null;
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

/** What is left out stays as it is; each field is held to createCohort's rules. */
@InputType()
export class UpdateCohortInput {
  @IdField()
  cohortId: string;

  @Field(() => String, { nullable: true })
  @OptionalNotNull()
  @Name()
  name?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'No session may start before it' })
  @OptionalNotNull()
  startsOn?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'No session may start after it' })
  @OptionalNotNull()
  endsOn?: string;

  @Field(() => Int, { nullable: true, description: 'Not below the participants taking part (withdrawn ones hold no seat)' })
  @OptionalNotNull()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  capacity?: number;

  @Field(() => String, { nullable: true, description: 'IANA time zone; sessions keep their instants' })
  @OptionalNotNull()
  @TimeZoneName()
  timeZone?: string;

  @Field(() => Int, { nullable: true, description: '1-100' })
  @OptionalNotNull()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  minimumAttendancePercent?: number;
}

@InputType()
export class WithdrawInput {
  @IdField()
  enrollmentId: string;

  @Field(() => CalendarDate, { description: "The first day (in the cohort's zone) the participant no longer takes part" })
  effectiveOn: string;

  @Field(() => String, { description: 'Why; shown to the cohort’s staff and admins only' })
  @Trimmed()
  @NotBlank()
  @MaxLength(1000, { message: 'must be at most 1000 characters' })
  reason: string;
}
