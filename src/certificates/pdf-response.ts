import type { Response } from 'express';

/** A rendered PDF, inline, never cached (a revocation must show at once). */
export function sendPdf(response: Response, pdf: Buffer, fileName: string): void {
  response
    .status(200)
    .set({
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(pdf);
}

export function sendNotFound(response: Response, what: string): void {
  response.status(404).type('text/plain').send(`${what} not found`);
}
