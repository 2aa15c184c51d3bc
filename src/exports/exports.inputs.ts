import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { PageArgs } from '../graphql/page-args';

/** The largest export a cohort can have rows to skip in: 500 participants at 100 sessions each. */
const MAX_OFFSET = 50_000;

/** A page of an export's rows: `first` rows (at most 500) from `offset`; the CSV download holds them all. */
@ArgsType()
export class ExportPageArgs extends PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Rows to skip, from 0' })
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_OFFSET, { message: `must be at most ${MAX_OFFSET}` })
  offset: number;
}
