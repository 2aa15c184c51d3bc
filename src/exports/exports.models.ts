import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus } from '../attendance/attendance-status';
import { CeUnit } from '../ce/ce-unit';
import { Certificate } from '../certificates/certificates.models';
import { CompletionRequirement, Progress } from '../completion/completion.models';
import { SessionKind } from '../curriculum/session-kind';
import { DateTime } from '../graphql/date-time.scalar';
import { CalendarDate } from '../graphql/date.scalar';
import { HoursTranscript } from '../transcripts/transcripts.models';

@ObjectType('ExportParticipant', { description: 'Whom a row of an export is about' })
export class ExportParticipant {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fullName: string;
}

@ObjectType('CohortProgressExport', { description: 'Every participant’s progress against each requirement, as the progress CSV holds it' })
export class CohortProgressExport {
  @Field(() => ID)
  cohortId: string;

  @Field(() => [CompletionRequirement], { description: 'The cohort’s requirements: the columns, in the order each row lists them' })
  requirements: CompletionRequirement[];

  @Field(() => Int, { description: 'Rows in the whole export; `rows` holds those from `offset`, at most `first`' })
  totalCount: number;

  @Field(() => [Progress], { description: 'By name' })
  rows: Progress[];
}

@ObjectType('AttendanceExportRow', { description: 'One participant’s recorded attendance at one session' })
export class AttendanceExportRow {
  @Field(() => ExportParticipant)
  participant: ExportParticipant;

  @Field(() => ID)
  sessionId: string;

  @Field(() => String)
  sessionTitle: string;

  @Field(() => SessionKind)
  kind: SessionKind;

  @Field(() => DateTime)
  startsAt: Date;

  @Field(() => CalendarDate, { description: 'The session’s day on the cohort’s clock' })
  localDate: string;

  @Field(() => String, { description: 'The session’s start on the cohort’s clock, HH:MM' })
  localTime: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Boolean)
  optional: boolean;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => Int, { description: 'As recorded' })
  minutesAttended: number;

  @Field(() => Int, { description: 'What counts, as hours transcripts and progress count it: 0 below the cohort’s minimum share, after overlaps' })
  creditedMinutes: number;
}

@ObjectType('AttendanceExport', { description: 'Attendance minutes per participant and session, as the attendance CSV holds them' })
export class AttendanceExport {
  @Field(() => ID)
  cohortId: string;

  @Field(() => String, { description: 'The cohort’s time zone, which localDate and localTime are in' })
  timeZone: string;

  @Field(() => Int, { description: 'Rows in the whole export; `rows` holds those from `offset`, at most `first`' })
  totalCount: number;

  @Field(() => [AttendanceExportRow], { description: 'By participant name, then session start' })
  rows: AttendanceExportRow[];
}

@ObjectType('TranscriptsExport', { description: 'Every participant’s hours transcript, as the transcripts CSV holds them' })
export class TranscriptsExport {
  @Field(() => ID)
  cohortId: string;

  @Field(() => Int, { description: 'Rows in the whole export; `rows` holds those from `offset`, at most `first`' })
  totalCount: number;

  @Field(() => [HoursTranscript], { description: 'By name' })
  rows: HoursTranscript[];
}

@ObjectType('CeRosterRow', { description: 'One licensed participant’s CE credit under an approval, for the board' })
export class CeRosterRow {
  @Field(() => ExportParticipant, { description: 'Named as on the licence: the person’s name as recorded' })
  participant: ExportParticipant;

  @Field(() => String, { nullable: true })
  licenseType: string | null;

  @Field(() => String, { nullable: true })
  licenseState: string | null;

  @Field(() => String, { nullable: true })
  licenseNumber: string | null;

  @Field(() => CalendarDate, {
    nullable: true,
    description: 'On the cohort’s clock: the day the certificate was issued when the approval requires completion, else the day of the last CE-eligible session attended live',
  })
  completedOn: string | null;

  @Field(() => Int, { description: "Credited minutes, rounded down to the approval's increment" })
  minutes: number;

  @Field(() => Float)
  hours: number;

  @Field(() => Float)
  ceus: number;

  @Field(() => Float, { description: 'hours or ceus, in the approval’s unit' })
  credit: number;

  @Field(() => Boolean, { description: 'Less than the whole course’s CE-eligible time, rounded down to the increment' })
  partialCredit: boolean;
}

@ObjectType('CeRosterExport', { description: 'A board’s roster under one approval, as the CE roster CSV holds it' })
export class CeRosterExport {
  @Field(() => ID)
  approvalId: string;

  @Field(() => ID)
  cohortId: string;

  @Field(() => String)
  board: string;

  @Field(() => String)
  approvalNumber: string;

  @Field(() => CeUnit)
  unit: CeUnit;

  @Field(() => Float, { description: 'The whole course’s CE-eligible, required sessions in hours, rounded down to the increment: full credit' })
  courseHours: number;

  @Field(() => Int, { description: 'Rows in the whole export; `rows` holds those from `offset`, at most `first`' })
  totalCount: number;

  @Field(() => [CeRosterRow], { description: 'By name; records of a revoked certificate are left out' })
  rows: CeRosterRow[];
}

@ObjectType('CertificatesExport', { description: 'Every certificate of the cohort, valid and revoked, as the certificates CSV holds them' })
export class CertificatesExport {
  @Field(() => ID)
  cohortId: string;

  @Field(() => String, { description: 'The cohort’s time zone, in which the CSV gives days of issue and revocation' })
  timeZone: string;

  @Field(() => Int, { description: 'Rows in the whole export; `rows` holds those from `offset`, at most `first`' })
  totalCount: number;

  @Field(() => [Certificate], { description: 'By holder name' })
  rows: Certificate[];
}
