import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { PublicLookup } from '../rate-limits/public-lookup.decorator';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificatesService } from './certificates.service';
import { certificatePdfUrl } from './issuer';
import { sendNotFound, sendPdf } from './pdf-response';
import { printedCertificate } from './printed-certificate';
import { renderVerifyPage } from './verify-page';

/** The pages an employer opens from a QR code, a link or a typed code: no sign-in. */
@Controller()
export class CertificatePagesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @PublicLookup()
  @Get('verify/:code')
  async verifyPage(@Param('code') code: string, @Res() response: Response): Promise<void> {
    const certificate = await this.certificates.findByCode(code);
    const html = renderVerifyPage(
      certificate
        ? {
            ...printedCertificate(certificate, this.config.publicBaseUrl),
            revocationReason: certificate.revocationReason,
            pdfUrl: certificatePdfUrl(this.config.publicBaseUrl, certificate.code),
          }
        : { status: 'NOT_FOUND', code },
    );
    response
      .status(certificate ? 200 : 404)
      .set({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': strictPolicy(html),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      })
      .send(html);
  }

  @Public()
  @PublicLookup()
  @Get('certificates/:code.pdf')
  async certificatePdf(@Param('code') code: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const certificate = await this.certificates.findByCode(code);
    if (!certificate) return sendNotFound(response, this.config, 'Certificate');
    await sendPdf(request, response, this.config, {
      fileName: `certificate-${certificate.code}.pdf`,
      data: printedCertificate(certificate, this.config.publicBaseUrl),
      render: renderCertificatePdf,
    });
  }
}

/** Nothing may load or run but the page's own inline style, allowed by its hash. */
function strictPolicy(html: string): string {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const hash = createHash('sha256').update(style).digest('base64');
  return [
    "default-src 'none'",
    `style-src 'sha256-${hash}'`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
