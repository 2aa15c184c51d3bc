import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { NotBlank } from '../graphql/not-blank.validator';
import { Name, SingleLine, Trimmed } from '../graphql/text-fields';
import { IdField } from '../graphql/id-field.decorator';

@InputType()
export class ApproveCeInput {
  @IdField()
  cohortId: string;

  @Field(() => String, { description: 'The approving board, e.g. a state board of behavioral sciences' })
  @Name()
  board: string;

  @Field(() => String, { description: "The provider's approval number with that board" })
  @Trimmed()
  @NotBlank()
  @SingleLine()
  @MaxLength(100)
  approvalNumber: string;

  @Field(() => String, { nullable: true, description: 'The statement the board requires on CE certificates' })
  @IsOptional()
  @MaxLength(2000)
  statement?: string;
}
