import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthUser } from '../auth/auth-user';
import { renderCeCertificatePdf } from '../certificates/certificate-pdf';
import { sendNotFound, sendPdf } from '../certificates/pdf-response';
import { AppConfig } from '../config/app-config';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ceCertificatePdfData } from './ce-certificate-data';
import { CeService } from './ce.service';

/** The CE certificate of one record: it names the licence, so the holder or an admin, signed in. */
@Controller()
export class CeController {
  constructor(
    private readonly ce: CeService,
    private readonly config: AppConfig,
  ) {}

  @Get('ce-records/:recordId.pdf')
  async ceCertificatePdf(
    @Param('recordId', new UuidPipe('recordId')) recordId: string,
    @Req() request: Request & { user: AuthUser },
    @Res() response: Response,
  ): Promise<void> {
    const printed = await this.ce.printedRecord(request.user, recordId);
    if (!printed) return sendNotFound(response, this.config, 'CE record');
    const { record, issuer } = printed;
    await sendPdf(request, response, this.config, {
      fileName: `ce-certificate-${record.board.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`,
      data: ceCertificatePdfData(record, issuer, this.config.publicBaseUrl),
      render: renderCeCertificatePdf,
    });
  }
}
