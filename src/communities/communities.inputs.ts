import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, MaxLength } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { Name } from '../graphql/text-fields';
import { IdField, IsId } from '../graphql/id-field.decorator';
import { CalendarDate } from '../graphql/date.scalar';

@InputType()
export class CreateCommunityInput {
  @IdField()
  cohortId: string;

  @Field(() => String)
  @Name()
  name: string;

  @Field(() => [ID], { description: 'Faculty or facilitators of the cohort' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsId({ each: true })
  facilitatorIds: string[];

  @Field(() => [ID], { description: 'Participants of the cohort who are in no other community of it' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsId({ each: true })
  memberIds: string[];
}

/** One person joining or leaving a community, as a member or as a facilitator. */
@InputType()
export class CommunityPersonInput {
  @IdField()
  communityId: string;

  @IdField()
  userId: string;
}

@InputType()
export class UpdateCommunityInput {
  @IdField()
  communityId: string;

  @Field(() => String)
  @Name()
  name: string;
}

/** A participant changing community within the cohort from a day on; the earlier sessions stay the old community's. */
@InputType()
export class MoveCommunityMemberInput {
  @IdField()
  userId: string;

  @IdField()
  fromCommunityId: string;

  @IdField({ description: 'Another community of the same cohort' })
  toCommunityId: string;

  @Field(() => CalendarDate, { description: "The first day (in the cohort's zone) in the new community: within the cohort, not before the current membership began" })
  effectiveOn: string;
}

@InputType()
export class WriteSessionNoteInput {
  @IdField()
  sessionId: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(5000)
  body: string;
}
