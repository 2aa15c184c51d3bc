import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';

/** The session's token. */
export const SESSION_COOKIE = 'iecmhc_session';
/** The sign-in forms' CSRF token, before there is a session (double-submit). */
export const FORM_COOKIE = 'iecmhc_form';

export function readCookie(request: Request, name: string): string | undefined {
  return parse(request.headers.cookie ?? '')[name];
}

/**
 * HttpOnly, SameSite=Lax, Secure whenever the service is public over HTTPS. A framed cookie (the
 * pages inside an LMS, on another site) is SameSite=None, Secure and Partitioned: the browser keeps
 * it for that LMS only, and sends it where third-party cookies are blocked.
 */
export function setCookie(response: Response, config: AppConfig, name: string, value: string, maxAgeSeconds?: number, framed = false): void {
  const options = framed
    ? ({ sameSite: 'none', secure: true, partitioned: true } as const)
    : { sameSite: 'lax' as const, secure: new URL(config.publicBaseUrl).protocol === 'https:' };
  response.append('Set-Cookie', serialize(name, value, { httpOnly: true, path: '/', maxAge: maxAgeSeconds, ...options }));
}

/** Clears the cookie as the site set it and as a frame did. */
export function clearCookie(response: Response, config: AppConfig, name: string): void {
  setCookie(response, config, name, '', 0);
  setCookie(response, config, name, '', 0, true);
}
