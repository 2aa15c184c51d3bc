import type { Response } from 'express';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { AppConfig, frameAncestorSources } from '../config/app-config';

/** Pages load only the service's own stylesheet and script, and post only to it. */
function pagePolicy(config: AppConfig): string {
  return [
    "default-src 'none'",
    "style-src 'self'",
    "script-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestorSources(config).join(' ')}`,
  ].join('; ');
}

/** Renders a page (escaped by the template layer) and sends it, never cached: it shows one person's records. */
export function sendPage(response: Response, config: AppConfig, page: VNode, status = 200): void {
  response
    .status(status)
    .set('Content-Security-Policy', pagePolicy(config))
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(`<!doctype html>${renderToString(page)}`);
}
