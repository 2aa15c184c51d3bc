import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Request, Response } from 'express';
import { AppConfig, frameAncestorSources } from '../config/app-config';

/** Raise when certificate-pdf.ts changes how a PDF looks, so copies clients keep are fetched anew. */
const RENDERING_VERSION = 2;

type Framing = Pick<AppConfig, 'frameAncestors'>;

/** On every answer from a PDF route: the document can run nothing, is framed only where pages are, and is never taken for another type. */
function pdfRouteHeaders(framing: Framing): Record<string, string> {
  return {
    'content-security-policy': `sandbox; frame-ancestors ${frameAncestorSources(framing).join(' ')}`,
    'x-content-type-options': 'nosniff',
  };
}

export interface PdfDocument<T> {
  fileName: string;
  /** Everything the PDF shows: what its ETag is derived from and what `render` draws. */
  data: T;
  render(data: T): Promise<Buffer>;
}

/**
 * A PDF, inline. Clients may keep it but must ask again each time (`no-cache`), since a revocation
 * must show at once; when their copy still shows the same, the answer is 304 and nothing is rendered.
 */
export async function sendPdf<T>(request: Request, response: Response, framing: Framing, document: PdfDocument<T>): Promise<void> {
  response.set({ ...pdfRouteHeaders(framing), 'cache-control': 'no-cache', etag: pdfEtag(document.data) });
  if (request.fresh) {
    response.status(304).end();
    return;
  }
  const started = performance.now();
  const pdf = await document.render(document.data);
  response
    .status(200)
    .set({
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${document.fileName}"`,
      // How long rendering took, for whoever tunes the service (absent on a 304: nothing was rendered).
      'server-timing': `render;dur=${(performance.now() - started).toFixed(1)}`,
    })
    .send(pdf);
}

/**
 * Weak: pdfkit stamps each rendering with the time it was made, so the bytes differ while the
 * document does not. Dates in `data` become ISO strings, so a revocation changes the tag.
 */
export function pdfEtag(data: unknown): string {
  const digest = createHash('sha256').update(JSON.stringify([RENDERING_VERSION, data])).digest('base64url');
  return `W/"${digest}"`;
}

export function sendNotFound(response: Response, framing: Framing, what: string): void {
  response.status(404).set(pdfRouteHeaders(framing)).type('text/plain').send(`${what} not found`);
}
