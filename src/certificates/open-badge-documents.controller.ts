import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { PublicLookup } from '../rate-limits/public-lookup.decorator';
import { OpenBadgeDocuments } from './open-badge-documents.service';

/** The issuer profiles and achievements credentials point to, as OB 3.0 JSON-LD: no sign-in. */
@Controller()
export class OpenBadgeDocumentsController {
  constructor(private readonly documents: OpenBadgeDocuments) {}

  @Public()
  @PublicLookup()
  @Get('issuers/:programId')
  async issuer(@Param('programId') programId: string, @Res() response: Response): Promise<void> {
    send(response, await this.documents.issuer(programId), 'issuer profile');
  }

  /** Where every credential issued before program profiles points, and the status list still does. */
  @Public()
  @PublicLookup()
  @Get('issuer')
  deploymentIssuer(@Res() response: Response): void {
    send(response, this.documents.deploymentIssuer(), 'issuer profile');
  }

  @Public()
  @PublicLookup()
  @Get('achievements/:cohortId')
  async achievement(@Param('cohortId') cohortId: string, @Res() response: Response): Promise<void> {
    send(response, await this.documents.achievement(cohortId), 'achievement');
  }
}

/** The document, briefly cacheable (a profile may be edited); or a 404 in JSON. */
function send(response: Response, document: object | null, what: string): void {
  if (!document) {
    response.status(404).set('cache-control', 'no-store').json({ statusCode: 404, error: 'Not Found', message: `No ${what} has this id` });
    return;
  }
  response.status(200).set({ 'content-type': 'application/ld+json; charset=utf-8', 'cache-control': 'public, max-age=300' }).send(JSON.stringify(document));
}
