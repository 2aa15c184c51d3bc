import { Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { BadInputError, TooManyRequestsError } from '../errors/domain-errors';
import { ReminderPreferences } from '../reminders/reminder-preferences.service';
import { formInput, textOf } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { WebSessions } from '../web/web-sessions.service';
import { AccountPage, AccountPageProps } from './account.pages';
import { ChangePasswordInput, UpdateUserInput } from './accounts.inputs';
import { AccountsService } from './accounts.service';
import { Public } from './public.decorator';
import { UsersService } from './users.service';

const NOTICES = { name: 'account.nameSaved', password: 'account.passwordChanged', remindersOn: 'reminders.savedOn', remindersOff: 'reminders.savedOff' } as const;

/** The reasons a refused form shows; anything else is the error page's. */
function refusalReasons(error: unknown): Record<string, string> {
  if (error instanceof BadInputError) return error.reasons;
  if (error instanceof TooManyRequestsError) return { '': error.message };
  throw error;
}

/** A person's own account: name and password, through the same service as updateUser and changePassword. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('account')
export class AccountPagesController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly users: UsersService,
    private readonly sessions: WebSessions,
    private readonly config: AppConfig,
    private readonly reminders: ReminderPreferences,
  ) {}

  @Get()
  async account(@PageViewer() viewer: Viewer, @Res() response: Response, @Query('saved') saved?: string): Promise<void> {
    const notice = saved && Object.hasOwn(NOTICES, saved) ? t(NOTICES[saved as keyof typeof NOTICES]) : undefined;
    await this.sendAccount(response, viewer, { notice });
  }

  @Post('name')
  async saveName(@PageViewer() viewer: Viewer, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const input = await formInput(UpdateUserInput, { ...request.body, userId: viewer.user.id }, ['userId', 'fullName']);
      await this.accounts.update(viewer.user, input);
      response.redirect(303, '/account?saved=name');
    } catch (error) {
      const name = { values: { fullName: textOf(request.body, 'fullName') }, errors: refusalReasons(error) };
      await this.sendAccount(response, viewer, { name }, 400);
    }
  }

  /** A new password signs the person out everywhere (their tokens' version changes); this browser gets a new session. */
  @Post('password')
  async changePassword(@PageViewer() viewer: Viewer, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const input = await formInput(ChangePasswordInput, request.body, ['currentPassword', 'newPassword']);
      await this.accounts.changePassword(viewer.user, input, request.ip ?? 'unknown');
      await this.sessions.begin(response, (await this.users.findById(viewer.user.id))!);
      response.redirect(303, '/account?saved=password');
    } catch (error) {
      await this.sendAccount(response, viewer, { password: { errors: refusalReasons(error) } }, 400);
    }
  }

  /** The account page with the person's reminder setting, and whatever a form left to show. */
  private async sendAccount(response: Response, viewer: Viewer, shown: Omit<AccountPageProps, 'viewer' | 'remindersEnabled'>, status?: number): Promise<void> {
    const remindersEnabled = await this.reminders.enabledFor(viewer.user.id);
    sendPage(response, this.config, <AccountPage viewer={viewer} remindersEnabled={remindersEnabled} {...shown} />, status);
  }
}
