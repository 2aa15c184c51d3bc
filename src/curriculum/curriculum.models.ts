import { Modality } from './modality';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SessionKind } from './session-kind';
import { DateTime } from '../graphql/date-time.scalar';

@ObjectType('CourseModule')
export class CourseModule {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int)
  position: number;

  @Field(() => String, { nullable: true })
  description: string | null;

  cohortId: string;
}

@ObjectType('Session')
export class Session {
  @Field(() => ID)
  id: string;

  @Field(() => SessionKind)
  kind: SessionKind;

  @Field(() => String)
  title: string;

  @Field(() => DateTime)
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Boolean, { description: 'Whether its attended minutes count towards continuing education credit' })
  ceEligible: boolean;

  @Field(() => DateTime, { nullable: true, description: 'Set when cancelled: then expected of nobody' })
  cancelledAt: Date | null;

  @Field(() => Boolean, { description: 'Offered but expected of nobody; never counted toward a requirement' })
  optional: boolean;

  @Field(() => Modality, { nullable: true })
  modality: Modality | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  joinUrl: string | null;

  cohortId: string;
  moduleId: string | null;
  communityId: string | null;
  leaderId: string | null;
}
