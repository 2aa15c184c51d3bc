import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionKind } from '../curriculum/session-kind';
import { AttendanceStatus } from './attendance-status';
import { DateTime } from '../graphql/date-time.scalar';

@ObjectType('Attendance')
export class Attendance {
  @Field(() => ID)
  id: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => Int)
  minutesAttended: number;

  @Field(() => DateTime, { description: 'When it was last recorded' })
  recordedAt: Date;

  sessionId: string;
  userId: string;
}

@ObjectType('SessionKindAttendance')
export class SessionKindAttendance {
  @Field(() => SessionKind)
  kind: SessionKind;

  @Field(() => Int)
  minutesAttended: number;

  @Field(() => Int, { description: 'Sessions marked PRESENT' })
  sessionsAttended: number;

  @Field(() => Int, { description: 'Scheduled sessions meant for the participant, from their enrollment on, not cancelled' })
  sessionsExpected: number;

  @Field(() => Int, { description: 'Of the expected sessions, those that have started by now' })
  sessionsHeld: number;
}

@ObjectType('AttendanceSummary')
export class AttendanceSummary {
  @Field(() => ID)
  cohortId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => Int, { description: 'Minutes attended at sessions that were not cancelled' })
  totalMinutes: number;

  @Field(() => Int, { description: 'Of those, minutes at CE-eligible sessions' })
  ceEligibleMinutes: number;

  @Field(() => [SessionKindAttendance], { description: 'Kinds the participant is expected at or attended, in enum order' })
  byKind: SessionKindAttendance[];
}
