import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { renderCeCertificatePdf } from '../certificates/certificate-pdf';
import { sendNotFound, sendPdf } from '../certificates/pdf-response';
import { printedCertificate } from '../certificates/printed-certificate';
import { AppConfig } from '../config/app-config';
import { isUuid } from '../graphql/uuid.pipe';
import { PublicLookup } from '../rate-limits/public-lookup.decorator';
import { CeService } from './ce.service';

/** A CE certificate per board, reachable like the certificate PDF: by its unguessable code. */
@Controller()
export class CeController {
  constructor(
    private readonly ce: CeService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @PublicLookup()
  @Get('certificates/:code/ce/:approvalId.pdf')
  async ceCertificatePdf(
    @Param('code') code: string,
    @Param('approvalId') approvalId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const facts = isUuid(approvalId) ? await this.ce.pdfFacts(code, approvalId) : null;
    if (!facts) return sendNotFound(response, this.config, 'CE certificate');
    await sendPdf(request, response, this.config, {
      fileName: `ce-certificate-${facts.certificate.code}.pdf`,
      data: {
        ...printedCertificate(facts.certificate, this.config.publicBaseUrl),
        boardName: facts.approval.board,
        approvalNumber: facts.approval.approvalNumber,
        ceHours: facts.hours,
        statement: facts.approval.statement,
      },
      render: renderCeCertificatePdf,
    });
  }
}
