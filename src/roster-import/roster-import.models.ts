import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EnrollmentRole } from '../programs/enrollment-role';

/** What importing a line does (or, in a dry run, would do). */
export enum RosterLineAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}

registerEnumType(RosterLineAction, {
  name: 'RosterLineAction',
  valuesMap: {
    CREATED: { description: 'A new account, invited by e-mail, and its enrolment' },
    UPDATED: { description: 'An existing account: its name, licences or enrolment changed' },
    UNCHANGED: { description: 'An existing account the file agrees with' },
    REFUSED: { description: 'Not importable: `reason` says why' },
  },
});

@ObjectType('RosterImportRefusal')
export class RosterImportRefusal {
  @Field(() => Int, { description: "The file's line (the header is line 1)" })
  line: number;

  @Field()
  reason: string;
}

@ObjectType('RosterImportRow', { description: 'One line of the file and what importing it does' })
export class RosterImportRow {
  @Field(() => Int, { description: "The file's line (the header is line 1)" })
  line: number;

  @Field(() => String, { nullable: true, description: 'As stored (lower case); null when the line has no valid address' })
  email: string | null;

  @Field(() => String, { nullable: true })
  fullName: string | null;

  @Field(() => EnrollmentRole, { nullable: true })
  role: EnrollmentRole | null;

  @Field(() => RosterLineAction)
  action: RosterLineAction;

  @Field(() => [String], { description: 'What changes: a new account and invitation, the name, the licences, an enrolment' })
  changes: string[];

  @Field(() => [String], { description: 'What is left as it is, and why (a withdrawal stands; a coordinator does not change an existing account)' })
  notes: string[];

  @Field(() => String, { nullable: true, description: 'Why the line is refused' })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: "The person's account; null for a new one until it is imported" })
  userId: string | null;

  @Field(() => ID, { nullable: true, description: "The person's enrolment in this role; null until it exists" })
  enrollmentId: string | null;
}

@ObjectType('RosterImport', { description: 'A roster import, or its dry run: each line and what it does' })
export class RosterImport {
  @Field({ description: 'Whether anything was written: false for a dry run, and for an import with a refused line (then nothing is)' })
  applied: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [RosterImportRefusal])
  refused: RosterImportRefusal[];

  @Field(() => [RosterImportRow], { description: 'Every line of the file with someone on it, in order' })
  rows: RosterImportRow[];
}
