import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '../auth/user.model';
import { RequirementKind } from './requirement-kind';

registerEnumType(RequirementKind, {
  name: 'RequirementKind',
  description: 'What a completion requirement counts; *_MINUTES kinds count minutes, the others counts',
});

@ObjectType('CompletionRequirement')
export class CompletionRequirement {
  @Field(() => ID)
  id: string;

  @Field(() => RequirementKind)
  kind: RequirementKind;

  @Field(() => Int)
  threshold: number;
}

@ObjectType('RequirementProgress')
export class RequirementProgress {
  @Field(() => RequirementKind)
  kind: RequirementKind;

  @Field(() => Int)
  threshold: number;

  @Field(() => Int)
  achieved: number;

  @Field(() => Boolean)
  met: boolean;
}

@ObjectType('Progress')
export class Progress {
  @Field(() => Boolean, { description: 'Every requirement met (and the cohort has at least one)' })
  eligible: boolean;

  @Field(() => [RequirementProgress])
  requirements: RequirementProgress[];

  @Field(() => User, { description: 'The participant this progress is for' })
  user: User;
}
