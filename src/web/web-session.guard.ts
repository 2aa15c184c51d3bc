import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Viewer } from './layout';
import { linksFor } from './navigation';
import { CsrfRefused, SignInRequired } from './web-errors';
import { WebSessions } from './web-sessions.service';

export type PageRequest = Request & { user?: Viewer['user']; viewer?: Viewer };

/** Whether the form's token is the expected one (compared in constant time). */
export function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/**
 * Signed-in pages: the session cookie names a live session, whose person becomes the request's
 * user for the same services and access checks GraphQL uses; every post carries the session's CSRF token.
 */
@Injectable()
export class WebSessionGuard implements CanActivate {
  constructor(private readonly sessions: WebSessions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PageRequest>();
    const session = await this.sessions.fromRequest(request);
    if (!session) throw new SignInRequired();
    if (request.method === 'POST' && !sameToken(request.body?._csrf, session.csrfToken)) throw new CsrfRefused();
    request.user = session.user;
    request.viewer = { user: session.user, csrfToken: session.csrfToken, links: linksFor(session.standing) };
    return true;
  }
}
