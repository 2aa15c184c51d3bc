import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MailModule } from '../mail/mail.module';
import { AccessTokensService } from './access-tokens.service';
import { AccountPagesController } from './account-pages.controller';
import { PeoplePagesController } from './people-pages.controller';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { BootstrapAdminService } from './bootstrap-admin.service';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Global()
@Module({
  imports: [MailModule],
  controllers: [AccountPagesController, PeoplePagesController],
  providers: [
    AccountsService,
    AccountsResolver,
    AccessTokensService,
    AuthService,
    UsersRepository,
    UsersService,
    AuthResolver,
    BootstrapAdminService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [UsersRepository, UsersService, AccessTokensService, AuthService, AccountsService],
})
export class AuthModule {}
