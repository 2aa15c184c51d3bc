import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTime } from '../graphql/date-time.scalar';
import { LtiContextLinkEntity } from './lti-context-link.entity';
import { LtiPlatformEntity } from './lti-platform.entity';
import { LtiScorePostStatus } from './lti-score-post-status';

@ObjectType('LtiPlatform')
export class LtiPlatform {
  @Field(() => ID)
  id: string;

  @Field()
  issuer: string;

  @Field()
  clientId: string;

  @Field(() => [String])
  deploymentIds: string[];

  @Field()
  authLoginUrl: string;

  @Field()
  accessTokenUrl: string;

  @Field()
  jwksUrl: string;

  @Field(() => [String])
  frameOrigins: string[];

  @Field(() => DateTime)
  createdAt: Date;

  static from(platform: LtiPlatformEntity): LtiPlatform {
    const { id, issuer, clientId, deploymentIds, authLoginUrl, accessTokenUrl, jwksUrl, frameOrigins, createdAt } = platform;
    return { id, issuer, clientId, deploymentIds, authLoginUrl, accessTokenUrl, jwksUrl, frameOrigins, createdAt };
  }
}

@ObjectType('LtiContextLink')
export class LtiContextLink {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  platformId: string;

  @Field()
  contextId: string;

  @Field(() => String, { nullable: true, description: "The course's title, once a launch has named it" })
  contextTitle: string | null;

  @Field(() => ID)
  cohortId: string;

  @Field({ description: 'Whether a launch has given the course roster service (NRPS), so the roster can be synced' })
  rosterAvailable: boolean;

  @Field(() => DateTime, { nullable: true })
  lastSyncedAt: Date | null;

  @Field(() => DateTime)
  createdAt: Date;

  static from(link: LtiContextLinkEntity): LtiContextLink {
    const { id, platformId, contextId, contextTitle, cohortId, lastSyncedAt, createdAt } = link;
    return { id, platformId, contextId, contextTitle, cohortId, rosterAvailable: !!link.membershipsUrl, lastSyncedAt, createdAt };
  }
}

@ObjectType('LtiRosterSync', { description: 'What a roster sync did: no one is ever deleted' })
export class LtiRosterSync {
  @Field(() => Int, { description: 'Members on the course roster' })
  members: number;

  @Field(() => Int)
  enrolled: number;

  @Field(() => Int, { description: 'Participants no longer on the roster, withdrawn from today (their records stay)' })
  withdrawn: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [String], { description: 'Why some members were not enrolled (a full cohort, a withdrawal made here, a role the tool does not enrol)' })
  skipped: string[];
}

@ObjectType('LtiScorePost', { description: "A grade on its way to a course's gradebook" })
export class LtiScorePost {
  @Field(() => ID)
  id: string;

  @Field(() => LtiScorePostStatus)
  status: LtiScorePostStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: 'What the platform answered on the last failed attempt' })
  lastError: string | null;

  @Field()
  lineItemUrl: string;

  @Field()
  assignmentTitle: string;

  @Field(() => ID)
  participantId: string;

  @Field()
  participantName: string;

  @Field(() => ID)
  submissionId: string;

  @Field(() => DateTime)
  createdAt: Date;

  @Field(() => DateTime, { nullable: true })
  sentAt: Date | null;
}
