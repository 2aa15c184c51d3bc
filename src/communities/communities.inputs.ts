import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, MaxLength } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { Name } from '../graphql/text-fields';
import { IdField, IsId } from '../graphql/id-field.decorator';

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
export class WriteSessionNoteInput {
  @IdField()
  sessionId: string;

  @Field(() => String)
  @NotBlank()
  @MaxLength(5000)
  body: string;
}
