import { All, Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { tokenHashHex } from '../auth/one-time-tokens';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/domain-errors';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { sendPage } from '../web/page';
import { PageViewer } from '../web/page-viewer.decorator';
import { clearCookie, readCookie, setCookie } from '../web/web-cookies';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { WebSessions } from '../web/web-sessions.service';
import { LtiDeepLinks } from './lti-deep-links.service';
import { LtiLaunchRefused } from './lti-launch-refused';
import { LtiLaunches, PlatformStorage, storageKey } from './lti-launches.service';
import { LtiToolKeys } from './lti-tool-keys';
import { AutoPostPage, DeepLinkPage, LaunchRefusedPage, PlatformStoragePage } from './lti.pages';

/** The cookie that binds a login's state to the browser that started it: named after the state, so parallel launches keep apart. */
const stateCookie = (state: string) => `iecmhc_lti_${tokenHashHex(state).slice(0, 16)}`;
const LOGIN_COOKIE_SECONDS = 600;

/**
 * LTI 1.3 over HTTP: the tool's keys, OIDC login initiation, the launch, and the deep-linking
 * choice. Login and launch come from another site inside an LMS frame, so their cookies are framed ones.
 */
@Public()
@UseFilters(WebErrorsFilter)
@Controller('lti')
export class LtiController {
  constructor(
    private readonly launches: LtiLaunches,
    private readonly deepLinks: LtiDeepLinks,
    private readonly keys: LtiToolKeys,
    private readonly sessions: WebSessions,
    private readonly config: AppConfig,
  ) {}

  @Get('jwks')
  async jwks(@Res() response: Response): Promise<void> {
    response.set('Cache-Control', 'public, max-age=300').json(await this.keys.publicKeys());
  }

  /** Third-party login initiation, by GET or POST. */
  @All('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    const parameters = { ...request.query, ...(request.method === 'POST' ? request.body : {}) } as Record<string, unknown>;
    try {
      const { redirectUrl, state, browserToken, storage } = await this.launches.beginLogin(parameters);
      setCookie(response, this.config, stateCookie(state), browserToken, LOGIN_COOKIE_SECONDS, true);
      if (!storage) return response.redirect(302, redirectUrl);
      // The platform offers its storage (browsers that keep no cookie in its frame): the binding goes there too.
      const url = new URL(redirectUrl);
      const fields = Object.fromEntries(url.searchParams);
      const page = <PlatformStoragePage action={`${url.origin}${url.pathname}`} method="get" fields={fields} storage={{ ...storage, mode: 'put', key: storageKey(state), value: browserToken }} />;
      sendPage(response, this.config, page, 200, [url.origin]);
    } catch (error) {
      this.refuse(response, error);
    }
  }

  /** The platform's form post of id_token and state: verified, the person signed in, their page opened. */
  @Post('launch')
  async launch(@Req() request: Request, @Res() response: Response): Promise<void> {
    const state: unknown = request.body?.state;
    const cookie = typeof state === 'string' && state ? stateCookie(state) : undefined;
    const stored: unknown = request.body?.lti_storage_value;
    const browserToken = (cookie && readCookie(request, cookie)) ?? (typeof stored === 'string' ? stored : undefined);
    try {
      const storage = browserToken === undefined ? await this.launches.storageOf(state) : null;
      if (storage) return this.fetchFromStorage(response, request.body, storage);
      const { user, destination } = await this.launches.complete(request.body?.id_token, state, browserToken);
      clearCookie(response, this.config, cookie!);
      await this.sessions.begin(response, user, true);
      response.redirect(303, destination);
    } catch (error) {
      this.refuse(response, error);
    }
  }

  @Get('deep-links/:launchId')
  @UseGuards(WebSessionGuard)
  async deepLinkPage(@PageViewer() viewer: Viewer, @Param('launchId') launchId: string, @Res() response: Response): Promise<void> {
    await this.sendChoice(response, viewer, launchId);
  }

  @Post('deep-links/:launchId')
  @UseGuards(WebSessionGuard)
  async deepLink(@PageViewer() viewer: Viewer, @Param('launchId') launchId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const { returnUrl, jwt } = await this.deepLinks.respond(viewer.user, launchId, request.body?.assignmentId);
      const page = <AutoPostPage title={t('lti.deepLink.returning')} action={returnUrl} fields={{ JWT: jwt }} button={t('lti.deepLink.continue')} />;
      sendPage(response, this.config, page, 200, [new URL(returnUrl).origin]);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      await this.sendChoice(response, viewer, launchId, error.reasons.assignmentId, 400);
    }
  }

  private async sendChoice(response: Response, viewer: Viewer, launchId: string, error?: string, status = 200): Promise<void> {
    const choice = await this.deepLinks.choice(viewer.user, launchId);
    sendPage(response, this.config, <DeepLinkPage viewer={viewer} {...choice} error={error} />, status);
  }

  /** No cookie came with the launch: a page of ours in the platform's frame fetches the binding from its storage and posts the launch again. */
  private fetchFromStorage(response: Response, body: Record<string, unknown>, storage: PlatformStorage): void {
    const fields = { id_token: String(body.id_token ?? ''), state: String(body.state) };
    const page = <PlatformStoragePage action="/lti/launch" method="post" fields={fields} storage={{ ...storage, mode: 'get', key: storageKey(fields.state) }} />;
    sendPage(response, this.config, page);
  }

  private refuse(response: Response, error: unknown): void {
    if (!(error instanceof LtiLaunchRefused)) throw error;
    sendPage(response, this.config, <LaunchRefusedPage reason={error.message} />, error.status);
  }
}
