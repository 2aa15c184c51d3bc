import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SessionKind } from '../curriculum/session-kind';
import { IdField } from '../graphql/id-field.decorator';
import { OptionalNotNull } from '../graphql/optional-not-null';
import { Name, Title } from '../graphql/text-fields';
import { RequirementKind } from './requirement-kind';

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

  @Field(() => [SessionKind], {
    nullable: true,
    description: 'The session kinds SESSIONS_ATTENDED and SESSION_MINUTES count; every kind when omitted',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'must name at least one session kind' })
  @ArrayUnique({ message: 'must not repeat a session kind' })
  @IsEnum(SessionKind, { each: true })
  sessionKinds?: SessionKind[];

  @Field(() => String, { nullable: true, description: 'How the rule is shown, e.g. "32 hours of seminar"' })
  @IsOptional()
  @Title()
  label?: string;
}

@InputType({ description: 'Omitted fields stay. Its kind and session kinds are what it is: remove it and set another to change them' })
export class UpdateCompletionRequirementInput {
  @IdField()
  requirementId: string;

  @Field(() => Int, { nullable: true, description: 'A count, or minutes for the *_MINUTES kinds; greater than 0' })
  @OptionalNotNull()
  @IsInt({ message: 'must be an integer' })
  @Min(1, { message: 'must be greater than 0' })
  @Max(1_000_000, { message: 'must be at most 1000000' })
  threshold?: number;

  @Field(() => String, { nullable: true, description: 'How the rule is shown; null clears it' })
  @IsOptional()
  @Title()
  label?: string | null;
}

@InputType()
export class WaiveRequirementInput {
  @IdField()
  cohortId: string;

  @IdField()
  userId: string;

  @IdField()
  requirementId: string;

  @Field(() => String, { description: 'Why the participant need not meet it' })
  @Name(1000)
  reason: string;
}
