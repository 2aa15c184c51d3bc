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
import { CurriculumQueries } from './curriculum-queries.service';
import { SchedulePage } from './schedule.pages';

/** A participant's sessions in each of their cohorts, on that cohort's clock. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('schedule')
export class SchedulePagesController {
  constructor(
    private readonly queries: CurriculumQueries,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async schedule(@PageViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const cohorts = await cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.PARTICIPANT]);
    const schedules = await Promise.all(cohorts.map(async (cohort) => ({ cohort, sessions: await this.queries.mySchedule(viewer.user, cohort.id) })));
    sendPage(response, this.config, <SchedulePage viewer={viewer} schedules={schedules} now={new Date()} />);
  }
}
