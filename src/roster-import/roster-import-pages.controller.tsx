import { Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { UploadedText, UploadRequest } from '../web/file-upload.middleware';
import { textOf } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { sendPage } from '../web/page';
import { PageViewer } from '../web/page-viewer.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { NOT_UTF8, ROSTER_LIMITS } from './roster-csv';
import { RosterImportPage, RosterImportPageProps } from './roster-import.pages';
import { RosterImportService } from './roster-import.service';

/** A cohort's roster upload page, for those who administer it: Check is a dry run, Import applies. */
@Public()
@UseFilters(WebErrorsFilter)
@Controller('cohorts/:cohortId/roster-import')
export class RosterImportPagesController {
  constructor(
    private readonly imports: RosterImportService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @UseGuards(WebSessionGuard)
  async page(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response): Promise<void> {
    await this.send(response, viewer, cohortId, {});
  }

  /** The upload was read before the session guard, which finds the CSRF token in it (FileUploadMiddleware, roster-import.module.ts). */
  @Post()
  @UseGuards(WebSessionGuard)
  async upload(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const dryRun = textOf(request.body, 'apply') !== 'true';
    const uploaded = (request as UploadRequest).upload ?? { problem: 'missing' };
    const upload = uploadedText(uploaded);
    if ('error' in upload) return this.send(response, viewer, cohortId, { fileError: upload.error }, 'problem' in uploaded && uploaded.problem === 'tooLarge' ? 413 : 400);
    try {
      const result = await this.imports.import(viewer.user, { cohortId, csv: upload.text, apply: !dryRun });
      await this.send(response, viewer, cohortId, { result: { ...result, dryRun } }, dryRun || result.applied ? 200 : 400);
    } catch (error) {
      if (!(error instanceof BadInputError && error.reasons.csv)) throw error;
      await this.send(response, viewer, cohortId, { fileError: `${t('rosterImport.file')} ${error.reasons.csv}` }, 400);
    }
  }

  private async send(response: Response, viewer: Viewer, cohortId: string, shown: Pick<RosterImportPageProps, 'result' | 'fileError'>, status = 200): Promise<void> {
    const cohort = await this.imports.cohortFor(viewer.user, cohortId);
    sendPage(response, this.config, <RosterImportPage viewer={viewer} cohort={cohort} {...shown} />, status);
  }
}

/** The uploaded file's text, or why there is none to read. */
function uploadedText(upload: UploadedText): { text: string } | { error: string } {
  if ('text' in upload) return upload;
  if (upload.problem === 'tooLarge') return { error: t('rosterImport.tooLarge', { megabytes: ROSTER_LIMITS.bytes / (1024 * 1024) }) };
  if (upload.problem === 'notText') return { error: `${t('rosterImport.file')} ${NOT_UTF8}` };
  return { error: t(upload.problem === 'missing' ? 'rosterImport.noFile' : 'rosterImport.unreadable') };
}
