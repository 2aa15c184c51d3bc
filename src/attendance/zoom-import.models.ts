import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../auth/user.model';
import { AttendanceStatus } from './attendance-status';

/** How a row of a Zoom report was matched to someone expected at the session. */
export enum AttendanceMatch {
  EMAIL = 'EMAIL',
  NAME = 'NAME',
  UNMATCHED = 'UNMATCHED',
  AMBIGUOUS = 'AMBIGUOUS',
}

registerEnumType(AttendanceMatch, {
  name: 'AttendanceMatch',
  valuesMap: {
    EMAIL: { description: 'The report’s User Email is theirs (any case)' },
    NAME: { description: 'Zoom’s original name is exactly their full name (case and spacing aside), and nobody else’s' },
    UNMATCHED: { description: 'Nobody expected at the session has this e-mail address or name' },
    AMBIGUOUS: { description: 'A name two people share, the name shown only, or a loose match: never credited until staff choose among `candidates`' },
  },
});

@ObjectType('AttendanceProposal', { description: 'One person of a Zoom report, rejoins merged; nothing is written until staff record it (recordSessionAttendance)' })
export class AttendanceProposal {
  @Field(() => Int, { description: 'The report’s line of the person’s first row' })
  row: number;

  @Field(() => [Int], { description: 'Every line merged into this proposal (rejoins)' })
  rows: number[];

  @Field(() => String, { description: 'The `Name (Original Name)` cell as exported' })
  name: string;

  @Field(() => String, { description: 'The name shown in the meeting' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Zoom’s original name, when the participant renamed themselves' })
  originalName: string | null;

  @Field(() => String, { nullable: true, description: 'The report’s User Email; empty for people outside the host’s account' })
  email: string | null;

  @Field(() => AttendanceMatch)
  match: AttendanceMatch;

  @Field(() => User, { nullable: true, description: 'Who it is, when matched by EMAIL or NAME' })
  user: User | null;

  @Field(() => [User], { description: 'Who it may be, when AMBIGUOUS (with their e-mail addresses, to tell people of one name apart)' })
  candidates: User[];

  @Field(() => Int, { description: 'Minutes in the meeting within the session’s start and end, time in two rows at once counted once' })
  minutes: number;

  @Field(() => AttendanceStatus, { description: 'PRESENT at or above the minimum share of the session, else ABSENT' })
  status: AttendanceStatus;

  @Field(() => Int, { description: 'What to record with `status`: `minutes` when PRESENT, 0 when ABSENT' })
  minutesAttended: number;

  @Field(() => String, { nullable: true, description: 'Why AMBIGUOUS or UNMATCHED' })
  reason: string | null;
}
