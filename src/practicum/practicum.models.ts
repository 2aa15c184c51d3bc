import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../auth/user.model';
import { CalendarDate } from '../graphql/date.scalar';
import { PracticumActivity, PracticumEntryStatus, ReviewDecision, SettingType } from './practicum-enums';
import { DateTime } from '../graphql/date-time.scalar';

registerEnumType(SettingType, { name: 'SettingType' });
registerEnumType(PracticumActivity, { name: 'PracticumActivity' });
registerEnumType(PracticumEntryStatus, { name: 'PracticumEntryStatus' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@ObjectType('PracticumPlacement', { description: 'A de-identified practicum site: a code, never a name, address or contact' })
export class PracticumPlacement {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  providerCode: string;

  @Field(() => SettingType)
  settingType: SettingType;

  @Field(() => String, { nullable: true, description: 'A county or wider region, never an address' })
  region: string | null;

  @Field(() => DateTime)
  createdAt: Date;
}

@ObjectType('PracticumReview')
export class PracticumReview {
  @Field(() => ID)
  id: string;

  @Field(() => ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String, { nullable: true, description: "Null for viewers who may not read the entry's text (e.g. admins)" })
  comment: string | null;

  @Field(() => DateTime)
  createdAt: Date;

  @Field(() => User)
  reviewer: User;
}

@ObjectType('PracticumLogEntry')
export class PracticumLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => CalendarDate)
  date: string;

  @Field(() => Int)
  minutes: number;

  @Field(() => PracticumActivity)
  activity: PracticumActivity;

  @Field(() => String, {
    nullable: true,
    description: "Visible to the author, their community's facilitators and the cohort's faculty; null for everyone else",
  })
  reflection: string | null;

  @Field(() => PracticumEntryStatus)
  status: PracticumEntryStatus;

  @Field(() => Int, { description: 'Grows with every edit; a review names the version its reviewer read' })
  version: number;

  @Field(() => [PracticumReview], { description: 'Every review, oldest first' })
  reviews: PracticumReview[];

  @Field(() => User)
  participant: User;

  @Field(() => PracticumPlacement)
  placement: PracticumPlacement;

  @Field(() => DateTime, { description: 'When it last entered the review queue' })
  submittedAt: Date;

  @Field(() => DateTime)
  createdAt: Date;

  @Field(() => DateTime)
  updatedAt: Date;
}

@ObjectType('PracticumActivityMinutes')
export class PracticumActivityMinutes {
  @Field(() => PracticumActivity)
  activity: PracticumActivity;

  @Field(() => Int, { description: 'Reviewed and approved: only these count toward completion' })
  approvedMinutes: number;

  @Field(() => Int)
  pendingMinutes: number;

  @Field(() => Int, { description: 'Returned with CHANGES_REQUESTED' })
  returnedMinutes: number;
}

@ObjectType('PracticumTotals')
export class PracticumTotals {
  @Field(() => Int, { description: 'Reviewed and approved: only these count toward completion' })
  approvedMinutes: number;

  @Field(() => Int)
  pendingMinutes: number;

  @Field(() => Int, { description: 'Returned with CHANGES_REQUESTED' })
  returnedMinutes: number;

  @Field(() => [PracticumActivityMinutes], { description: 'Every activity, zeros included' })
  byActivity: PracticumActivityMinutes[];
}

@ObjectType('PracticumSummary')
export class PracticumSummary extends PracticumTotals {
  @Field(() => ID)
  userId: string;

  @Field(() => Int, { description: 'Minutes attended (PRESENT) at REFLECTIVE_PRACTICE sessions of the cohort' })
  reflectivePracticeMinutes: number;
}

@ObjectType('MyPracticum')
export class MyPracticum {
  @Field(() => [PracticumPlacement], { description: 'Oldest first' })
  placements: PracticumPlacement[];

  @Field(() => [PracticumLogEntry], { description: 'Newest date first' })
  entries: PracticumLogEntry[];

  @Field(() => PracticumTotals)
  totals: PracticumTotals;
}
