import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTime } from '../graphql/date-time.scalar';

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

  @Field(() => DateTime)
  createdAt: Date;

  sessionId: string;
  authorId: string;
}
