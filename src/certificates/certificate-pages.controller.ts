import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { CeService } from '../ce/ce.service';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../graphql/uuid.pipe';
import { PublicLookup } from '../rate-limits/public-lookup.decorator';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificatesService } from './certificates.service';
import { certificatePdfUrl } from './issuer';
import { verifyUrl } from './open-badge-credential';
import { sendNotFound, sendPdf } from './pdf-response';
import { printedCertificate } from './printed-certificate';
import { renderCeVerifyPage, renderVerifyPage } from './verify-page';

/** The pages an employer or a board opens from a QR code, a link or a typed code: no sign-in. */
@Controller()
export class CertificatePagesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly config: AppConfig,
    private readonly ce: CeService,
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
            ceCredits: await this.ce.certificateCredits(certificate.id),
          }
        : { status: 'NOT_FOUND', code },
    );
    sendPage(response, certificate ? 200 : 404, html);
  }

  /** What a CE certificate's QR code opens: the record, never the licence. */
  @Public()
  @PublicLookup()
  @Get('verify/ce/:recordId')
  async ceVerifyPage(@Param('recordId') recordId: string, @Res() response: Response): Promise<void> {
    const record = isUuid(recordId) ? await this.ce.verifiedRecord(recordId) : null;
    const html = renderCeVerifyPage(
      record
        ? {
            ...record,
            ...record.issuer,
            recordId,
            status: record.revokedAt ? 'REVOKED' : 'VALID',
            certificateVerifyUrl: record.certificateCode && verifyUrl(this.config.publicBaseUrl, record.certificateCode),
          }
        : { status: 'NOT_FOUND', recordId },
    );
    sendPage(response, record ? 200 : 404, html);
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

function sendPage(response: Response, status: number, html: string): void {
  response
    .status(status)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': strictPolicy(html),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    })
    .send(html);
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
