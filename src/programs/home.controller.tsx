import { Controller, Get, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { ProgramsService } from './programs.service';
import { Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';

/** Where signing in lands: the cohorts the person may see, with their roles in each. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class HomeController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly config: AppConfig,
  ) {}

  @Get('home')
  async home(@PageViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const [cohorts, enrollments] = await Promise.all([this.programs.listCohorts(viewer.user), this.programs.enrollmentsOf(viewer.user.id)]);
    const rolesIn = (cohortId: string) =>
      enrollments.filter((enrollment) => enrollment.cohortId === cohortId).map((enrollment) => t(`home.role.${enrollment.role}`));
    sendPage(
      response,
      this.config,
      <Layout title={t('home.title')} viewer={viewer}>
        {cohorts.length ? (
          <ul>
            {cohorts.map((cohort) => (
              <li key={cohort.id}>
                {cohort.name} <span class="muted">({cohort.startsOn} – {cohort.endsOn}{rolesIn(cohort.id).length ? `; ${rolesIn(cohort.id).join(', ')}` : ''})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home.none')}</p>
        )}
      </Layout>,
    );
  }
}
