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

/** HttpOnly, SameSite=Lax, Secure whenever the service is public over HTTPS. */
export function setCookie(response: Response, config: AppConfig, name: string, value: string, maxAgeSeconds?: number): void {
  const secure = new URL(config.publicBaseUrl).protocol === 'https:';
  response.append('Set-Cookie', serialize(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds }));
}

export function clearCookie(response: Response, config: AppConfig, name: string): void {
  setCookie(response, config, name, '', 0);
}
