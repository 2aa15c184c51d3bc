import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IdField } from '../graphql/id-field.decorator';
import { MAX_REPORT_CHARACTERS } from './zoom-report';

@InputType()
export class ProposeZoomAttendanceInput {
  @IdField()
  sessionId: string;

  @Field(() => String, { description: 'The participant report as Zoom exported it (CSV text, any variant)' })
  @IsString()
  @MaxLength(MAX_REPORT_CHARACTERS, { message: `must be at most ${MAX_REPORT_CHARACTERS.toLocaleString('en-US')} characters (1 MB); a Zoom participant report is far smaller` })
  csv: string;

  @Field(() => Int, { nullable: true, description: 'PRESENT from this share of the session (1-100) instead of the cohort’s minimum; the cohort’s still decides credit' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  minimumPercent?: number;
}
