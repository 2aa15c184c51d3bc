import type { Response } from 'express';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { AppConfig, frameAncestorSources } from '../config/app-config';

/**
 * Pages load only the service's own stylesheet and script, and post only to it (or to a platform a
 * page hands back to); an LMS registered for LTI, or FRAME_ANCESTORS, may show them in a frame.
 */
function pagePolicy(framing: string[], formTargets: string[]): string {
  return [
    "default-src 'none'",
    "style-src 'self'",
    "script-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    ["form-action 'self'", ...formTargets].join(' '),
    "base-uri 'none'",
    `frame-ancestors ${framing.join(' ')}`,
  ].join('; ');
}

/** Renders a page (escaped by the template layer) and sends it, never cached: it shows one person's records. */
export function sendPage(response: Response, config: AppConfig, page: VNode, status = 200, formTargets: string[] = []): void {
  const platforms: string[] = response.locals.frameOrigins ?? [];
  const framing = platforms.length ? [...new Set([...config.frameAncestors, ...platforms])] : frameAncestorSources(config);
  // X-Frame-Options cannot name an LMS: a page some LMS may frame goes without it.
  if (platforms.length) response.removeHeader('X-Frame-Options');
  response
    .status(status)
    .set('Content-Security-Policy', pagePolicy(framing, formTargets))
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(`<!doctype html>${renderToString(page)}`);
}
