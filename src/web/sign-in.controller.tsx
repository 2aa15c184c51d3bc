import { Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccountsService } from '../auth/accounts.service';
import { RequestPasswordResetInput, ResetPasswordInput } from '../auth/accounts.inputs';
import { AuthService } from '../auth/auth.service';
import { LoginInput } from '../auth/login.input';
import { Public } from '../auth/public.decorator';
import { UserEntity } from '../auth/user.entity';
import { AppConfig } from '../config/app-config';
import { BadInputError, TooManyRequestsError, UnauthenticatedError } from '../errors/domain-errors';
import { formInput, textOf } from './form-input';
import { t } from './messages';
import { sendPage } from './page';
import { publicFormToken, requirePublicFormToken } from './public-form';
import { ForgotPasswordPage, FormState, ResetPasswordPage, SignInPage } from './sign-in.pages';
import { clearCookie, readCookie, SESSION_COOKIE } from './web-cookies';
import { WebErrorsFilter } from './web-errors.filter';
import { WebSessionGuard } from './web-session.guard';
import { WebSessions } from './web-sessions.service';

/** Only a path of this site: never another host (`//elsewhere`), so sign-in cannot send anyone away. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/home';
}

/** What a refused form shows: the reasons by field, or one for the whole form. */
function refusal(error: unknown): FormState['errors'] {
  if (error instanceof BadInputError) return error.reasons;
  if (error instanceof UnauthenticatedError) return { '': t('signIn.failed') };
  if (error instanceof TooManyRequestsError) return { '': t('signIn.tooMany') };
  throw error;
}

/** Signing in and out, and choosing a password from an e-mailed link. */
@Public()
@UseFilters(WebErrorsFilter)
@Controller()
export class SignInController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly sessions: WebSessions,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async signInPage(@Req() request: Request, @Res() response: Response, @Query('next') next?: string): Promise<void> {
    if (await this.sessions.fromRequest(request)) return response.redirect(303, safeNext(next));
    sendPage(response, this.config, <SignInPage csrf={publicFormToken(request, response, this.config)} next={safeNext(next)} />);
  }

  @Post('sign-in')
  async signIn(@Req() request: Request, @Res() response: Response): Promise<void> {
    const csrf = requirePublicFormToken(request);
    const next = safeNext(request.body?.next);
    try {
      const input = await formInput(LoginInput, request.body, ['email', 'password']);
      await this.startSession(response, await this.auth.authenticate(input, request.ip ?? 'unknown'), next);
    } catch (error) {
      const errors = refusal(error);
      const status = error instanceof TooManyRequestsError ? 429 : error instanceof BadInputError ? 400 : 401;
      sendPage(response, this.config, <SignInPage csrf={csrf} next={next} state={{ values: { email: textOf(request.body, 'email') }, errors }} />, status);
    }
  }

  @Post('sign-out')
  @UseGuards(WebSessionGuard)
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.sessions.end(readCookie(request, SESSION_COOKIE)!);
    clearCookie(response, this.config, SESSION_COOKIE);
    response.redirect(303, '/');
  }

  @Get('forgot-password')
  forgotPasswordPage(@Req() request: Request, @Res() response: Response): void {
    sendPage(response, this.config, <ForgotPasswordPage csrf={publicFormToken(request, response, this.config)} />);
  }

  @Post('forgot-password')
  async forgotPassword(@Req() request: Request, @Res() response: Response): Promise<void> {
    const csrf = requirePublicFormToken(request);
    try {
      const input = await formInput(RequestPasswordResetInput, request.body, ['email']);
      await this.accounts.requestPasswordReset(input, request.ip ?? 'unknown');
      sendPage(response, this.config, <ForgotPasswordPage csrf={csrf} sent />);
    } catch (error) {
      const state = { values: { email: textOf(request.body, 'email') }, errors: refusal(error) };
      sendPage(response, this.config, <ForgotPasswordPage csrf={csrf} state={state} />, 400);
    }
  }

  @Get('reset-password')
  resetPasswordPage(@Req() request: Request, @Res() response: Response, @Query('token') token?: string): void {
    sendPage(response, this.config, <ResetPasswordPage csrf={publicFormToken(request, response, this.config)} token={token ?? ''} />);
  }

  @Post('reset-password')
  async resetPassword(@Req() request: Request, @Res() response: Response): Promise<void> {
    const csrf = requirePublicFormToken(request);
    try {
      const input = await formInput(ResetPasswordInput, request.body, ['token', 'newPassword']);
      await this.startSession(response, await this.accounts.resetPassword(input), '/home');
    } catch (error) {
      sendPage(response, this.config, <ResetPasswordPage csrf={csrf} token={textOf(request.body, 'token')} state={{ errors: refusal(error) }} />, 400);
    }
  }

  private async startSession(response: Response, user: UserEntity, next: string): Promise<void> {
    await this.sessions.begin(response, user);
    response.redirect(303, next);
  }
}
