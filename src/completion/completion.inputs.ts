import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';
import { RequirementKind } from './requirement-kind';

@InputType()
export class SetCompletionRequirementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  cohortId: string;

  @Field(() => RequirementKind)
  @IsEnum(RequirementKind)
  kind: RequirementKind;

  @Field(() => Int, { description: 'A count, or minutes for the *_MINUTES kinds; greater than 0' })
  @IsInt({ message: 'must be an integer' })
  @Min(1, { message: 'must be greater than 0' })
  @Max(1_000_000, { message: 'must be at most 1000000' })
  threshold: number;
}
