import { Field, InputType } from '@nestjs/graphql';
import { CalendarDate } from '../graphql/date.scalar';
import { IdField } from '../graphql/id-field.decorator';
import { Name } from '../graphql/text-fields';

@InputType()
export class CopyCohortInput {
  @IdField({ description: 'The cohort to copy' })
  cohortId: string;

  @Field(() => String, { description: "The new cohort's name, held to createCohort's rules" })
  @Name()
  name: string;

  @Field(() => CalendarDate, { description: 'The new first day; every date moves by the days between it and the source’s first day' })
  startsOn: string;
}
