import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { DateTime } from '../graphql/date-time.scalar';
import { IsId } from '../graphql/id-field.decorator';
import { Name } from '../graphql/text-fields';

/** Which events `auditEvents` lists: each field given narrows the list, and all of them apply together. */
@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Who acted' })
  @IsOptional()
  @IsId()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exactly this kind of event, e.g. enrollment.withdrawn' })
  @IsOptional()
  @Name(100)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Kinds of event starting with this, e.g. "enrollment." for every enrolment event' })
  @IsOptional()
  @Name(100)
  actionPrefix?: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of record, e.g. enrollment or journal_submission' })
  @IsOptional()
  @Name(100)
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'The record' })
  @IsOptional()
  @IsId()
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: "The cohort the events belong to (its program's coordinators may read them)" })
  @IsOptional()
  @IsId()
  cohortId?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Events at or after this instant' })
  @IsOptional()
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Events before this instant; not before `from`' })
  @IsOptional()
  to?: Date | null;
}
