import { Global, Module } from '@nestjs/common';
import { AssetsController } from './assets.controller';
import { SignInController } from './sign-in.controller';
import { WebErrorsFilter } from './web-errors.filter';
import { WebSessionGuard } from './web-session.guard';
import { WebSessions } from './web-sessions.service';

/** The web app's shared part: sessions, sign-in, the layout's assets. Each domain's pages live beside its resolvers. */
@Global()
@Module({
  controllers: [SignInController, AssetsController],
  providers: [WebSessions, WebSessionGuard, WebErrorsFilter],
  exports: [WebSessions, WebSessionGuard, WebErrorsFilter],
})
export class WebModule {}
