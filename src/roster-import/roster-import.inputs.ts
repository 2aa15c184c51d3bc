import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { IdField } from '../graphql/id-field.decorator';
import { ROSTER_LIMITS } from './roster-csv';

@InputType()
export class ImportRosterInput {
  @IdField()
  cohortId: string;

  @Field({
    description:
      `The file's text: a header line naming the columns e-mail, full name and role (participant, faculty or facilitator), and optionally licence type, ` +
      `licence state, licence number and licence status, in any order and case; then a line per person. At most ${ROSTER_LIMITS.bytes / (1024 * 1024)} MB and ${ROSTER_LIMITS.people} people`,
  })
  @IsString()
  csv: string;

  @Field(() => Boolean, { nullable: true, description: 'false or left out: a dry run that writes nothing; true: imports every line in one transaction, or nothing when a line is refused' })
  @IsOptional()
  @IsBoolean()
  apply?: boolean | null;
}
