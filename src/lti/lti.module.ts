import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { FrameOrigins, FrameOriginsMiddleware } from './frame-origins';
import { LtiDeepLinks } from './lti-deep-links.service';
import { LtiLaunches } from './lti-launches.service';
import { LtiPagesController } from './lti-pages.controller';
import { LtiPeople } from './lti-people';
import { LtiPlatforms } from './lti-platforms.service';
import { LtiRosters } from './lti-rosters.service';
import { LtiScoreOutbox } from './lti-score-outbox';
import { LtiScorePosts } from './lti-score-posts.service';
import { LtiServiceClient } from './lti-service-client';
import { LtiToolKeys } from './lti-tool-keys';
import { LtiController } from './lti.controller';
import { LtiResolver } from './lti.resolver';
import { PlatformKeys } from './platform-keys';

/**
 * The LMS plugin (LTI 1.3 Advantage). Global for one reason: grading queues its gradebook posts
 * (LtiScoreOutbox) in its own transaction without the journals depending on this module.
 */
@Global()
@Module({
  controllers: [LtiController, LtiPagesController],
  providers: [
    FrameOrigins,
    LtiToolKeys,
    LtiServiceClient,
    PlatformKeys,
    LtiPeople,
    LtiPlatforms,
    LtiLaunches,
    LtiDeepLinks,
    LtiScoreOutbox,
    LtiScorePosts,
    LtiRosters,
    LtiResolver,
  ],
  exports: [LtiScoreOutbox],
})
export class LtiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Only pages read the origins: the API and the probes go without.
    consumer.apply(FrameOriginsMiddleware).exclude('graphql', 'health/{*path}').forRoutes('{*path}');
  }
}
