import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CommunityOfPractice')
export class CommunityOfPractice {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  cohortId: string;
}

/** A facilitator's short note on a session: cohort staff only. */
@ObjectType('SessionNote')
export class SessionNote {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  body: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  sessionId: string;
  authorId: string;
}
