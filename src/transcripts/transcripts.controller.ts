import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthUser } from '../auth/auth-user';
import { sendPdf } from '../certificates/pdf-response';
import { printedIssuer } from '../certificates/printed-certificate';
import { AppConfig } from '../config/app-config';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { renderTranscriptPdf } from './transcript-pdf';
import { TranscriptsService } from './transcripts.service';

/** The hours transcript as PDF, for the same people as the query, signed in the same way. */
@Controller()
export class TranscriptsController {
  constructor(
    private readonly transcripts: TranscriptsService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get('cohorts/:cohortId/transcripts/:userId.pdf')
  async transcriptPdf(
    @Param('cohortId', new UuidPipe('cohortId')) cohortId: string,
    @Param('userId', new UuidPipe('userId')) userId: string,
    @Req() request: Request & { user: AuthUser },
    @Res() response: Response,
  ): Promise<void> {
    const transcript = await this.transcripts.transcript(request.user, cohortId, userId);
    // A transcript is produced anew each time, so it names the program's issuer as of today.
    const { program } = (await this.programs.cohortWithProgram(transcript.cohortId))!;
    await sendPdf(request, response, this.config, {
      fileName: 'hours-transcript.pdf',
      data: { ...transcript, issuerName: printedIssuer(program).issuerName, producedOn: new Date().toISOString().slice(0, 10) },
      render: renderTranscriptPdf,
    });
  }
}
