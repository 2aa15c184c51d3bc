import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { RequirementKind } from './requirement-kind';
import { IdField } from '../graphql/id-field.decorator';

@InputType()
export class SetCompletionRequirementInput {
  @IdField()
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
