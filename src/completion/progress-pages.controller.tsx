import { Controller, Get, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { cohortsOfPerson } from '../programs/cohorts-of-person';
import { EnrollmentRole } from '../programs/enrollment-role';
import { ProgramsRepository } from '../programs/programs.repository';
import { Viewer } from '../web/layout';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { CompletionService } from './completion.service';
import { CohortProgress, ProgressPage } from './progress.pages';

/** Progress: a participant's own against each requirement; for faculty and facilitators, the participants they follow. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('progress')
export class ProgressPagesController {
  constructor(
    private readonly completion: CompletionService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async progress(@PageViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const [participating, staffing] = await Promise.all([
      cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.PARTICIPANT]),
      cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.FACULTY, EnrollmentRole.FACILITATOR]),
    ]);
    const cohorts: CohortProgress[] = [
      ...(await Promise.all(participating.map(async (cohort) => ({ cohort, own: await this.completion.progress(viewer.user, cohort.id) })))),
      ...(await Promise.all(staffing.map(async (cohort) => ({ cohort, participants: await this.completion.cohortProgress(viewer.user, cohort.id) })))),
    ];
    sendPage(response, this.config, <ProgressPage viewer={viewer} cohorts={cohorts} />);
  }
}
