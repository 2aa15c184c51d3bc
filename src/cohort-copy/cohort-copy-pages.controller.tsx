import { Controller, Get, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { requireCalendarDates, textOf, validatedInput } from '../web/form-input';
import { CsrfField, Field, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { FormState } from '../web/sign-in.pages';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { CopyCohortInput } from './cohort-copy.inputs';
import { CohortCopyService } from './cohort-copy.service';

function CopyPage({ viewer, cohortId, cohortName, state = {} }: { viewer: Viewer; cohortId: string; cohortName: string; state?: FormState }) {
  return (
    <Layout title={t('copy.title', { cohort: cohortName })} viewer={viewer}>
      <p>{t('copy.intro')}</p>
      <form method="post" action={`/cohorts/${cohortId}/copy`} class="card">
        <CsrfField token={viewer.csrfToken} />
        <Field name="name" label={t('programs.name')} required value={state.values?.name} error={state.errors?.name} />
        <Field name="startsOn" label={t('programs.startsOn')} type="date" required value={state.values?.startsOn} error={state.errors?.startsOn} />
        <button type="submit">{t('programs.copy')}</button>
      </form>
    </Layout>
  );
}

/** Next year's cohort from this one's set-up, for those who administer it. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('cohorts/:cohortId/copy')
export class CohortCopyPagesController {
  constructor(
    private readonly access: Access,
    private readonly copies: CohortCopyService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async page(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response): Promise<void> {
    await this.send(response, viewer, cohortId);
  }

  @Post()
  async copy(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = { name: textOf(request.body, 'name'), startsOn: textOf(request.body, 'startsOn') };
    try {
      requireCalendarDates(values, ['startsOn']);
      const copied = await this.copies.copy(viewer.user, await validatedInput(CopyCohortInput, { ...values, cohortId }));
      response.redirect(303, `/cohorts/${copied.id}/manage?done=created`);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      await this.send(response, viewer, cohortId, { values, errors: error.reasons }, 400);
    }
  }

  private async send(response: Response, viewer: Viewer, cohortId: string, state?: FormState, status = 200): Promise<void> {
    await this.access.require(viewer.user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    const [cohort] = await this.programs.cohortsByIds([cohortId]);
    sendPage(response, this.config, <CopyPage viewer={viewer} cohortId={cohortId} cohortName={cohort.name} state={state} />, status);
  }
}
