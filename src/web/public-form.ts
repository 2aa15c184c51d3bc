import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { FORM_COOKIE, readCookie, setCookie } from './web-cookies';
import { CsrfRefused } from './web-errors';
import { sameToken } from './web-session.guard';

/** The token the sign-in, reset and forgot forms carry before there is a session: the browser's form cookie, set when missing. */
export function publicFormToken(request: Request, response: Response, config: AppConfig): string {
  const existing = readCookie(request, FORM_COOKIE);
  if (existing) return existing;
  const token = randomBytes(24).toString('base64url');
  setCookie(response, config, FORM_COOKIE, token);
  return token;
}

/** A post of one of those forms must carry the cookie's token (double submit), else it was not our page's. */
export function requirePublicFormToken(request: Request): string {
  const expected = readCookie(request, FORM_COOKIE);
  if (!expected || !sameToken(request.body?._csrf, expected)) throw new CsrfRefused();
  return expected;
}
