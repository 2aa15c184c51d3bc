import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { renderCeCertificatePdf } from '../certificates/certificate-pdf';
import { sendNotFound, sendPdf } from '../certificates/pdf-response';
import { printedCertificate } from '../certificates/printed-certificate';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../graphql/uuid.pipe';
import { CeService } from './ce.service';

/** A CE certificate per board, reachable like the certificate PDF: by its unguessable code. */
@Controller()
export class CeController {
  constructor(
    private readonly ce: CeService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('certificates/:code/ce/:approvalId.pdf')
  async ceCertificatePdf(
    @Param('code') code: string,
    @Param('approvalId') approvalId: string,
    @Res() response: Response,
  ): Promise<void> {
    const facts = isUuid(approvalId) ? await this.ce.pdfFacts(code, approvalId) : null;
    if (!facts) return sendNotFound(response, 'CE certificate');
    const pdf = await renderCeCertificatePdf({
      ...printedCertificate(facts.certificate, this.config.publicBaseUrl),
      boardName: facts.approval.board,
      approvalNumber: facts.approval.approvalNumber,
      ceHours: facts.hours,
      statement: facts.approval.statement,
    });
    sendPdf(response, pdf, `ce-certificate-${facts.certificate.code}.pdf`);
  }
}
