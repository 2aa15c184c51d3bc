import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDate } from '../graphql/date.scalar';
import { User } from '../auth/user.model';
import { EnrollmentRole } from './enrollment-role';
import { EnrollmentStatus } from './enrollment-status';
import { DateTime } from '../graphql/date-time.scalar';

@ObjectType('Program')
export class Program {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { description: 'IANA time zone; cohorts take it unless they name their own' })
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'The organisation its certificates name; null: the deployment default, IECMHC Consultant Training' })
  issuerName: string | null;

  @Field(() => String, { nullable: true, description: "The issuer's site, linked from verify pages and put in credentials" })
  issuerUrl: string | null;

  @Field(() => String, { nullable: true, description: "The issuer's contact address, put in credentials" })
  issuerEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Who signs its certificates' })
  signatoryName: string | null;

  @Field(() => String, { nullable: true })
  signatoryTitle: string | null;

  @Field(() => String, { nullable: true, description: 'Its completion certificates\' heading; null: "Certificate of Completion"' })
  certificateTitle: string | null;
}

@ObjectType('Cohort')
export class Cohort {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => CalendarDate)
  startsOn: string;

  @Field(() => CalendarDate)
  endsOn: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => String, { description: 'IANA time zone its sessions are scheduled in' })
  timeZone: string;

  @Field(() => Int, { description: 'Share of a session (percent of its duration) a participant must attend for it to count' })
  minimumAttendancePercent: number;

  programId: string;
}

@ObjectType('Enrollment')
export class Enrollment {
  @Field(() => ID)
  id: string;

  @Field(() => EnrollmentRole)
  role: EnrollmentRole;

  @Field(() => DateTime)
  enrolledAt: Date;

  @Field(() => EnrollmentStatus, { description: 'WITHDRAWN: holds no seat, is expected at no session from withdrawnOn, keeps every record' })
  status: EnrollmentStatus;

  @Field(() => CalendarDate, { nullable: true, description: "The first day (in the cohort's zone) the participant no longer takes part" })
  withdrawnOn: string | null;

  @Field(() => String, { nullable: true, description: 'For admins and the cohort’s staff only (null for anyone else)' })
  withdrawalReason: string | null;

  @Field(() => User)
  user: User;

  cohortId: string;
}
