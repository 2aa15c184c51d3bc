import { Controller, Get, Param, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { UuidPipe } from '../graphql/uuid.pipe';
import { Viewer } from '../web/layout';
import { sendPage } from '../web/page';
import { PageViewer } from '../web/page-viewer.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { ExportsPage } from './exports.pages';
import { ExportsService } from './exports.service';

/** How many CE approvals the page offers rosters of. */
const APPROVALS_LISTED = 50;

/** A cohort's exports page, for those who administer it: the downloads, each a link. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('cohorts/:cohortId/exports')
export class ExportsPagesController {
  constructor(
    private readonly exports: ExportsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async page(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response): Promise<void> {
    const { cohortName, approvals } = await this.exports.catalogue(viewer.user, cohortId, APPROVALS_LISTED);
    sendPage(response, this.config, <ExportsPage viewer={viewer} cohortId={cohortId} cohortName={cohortName} approvals={approvals} />);
  }
}
