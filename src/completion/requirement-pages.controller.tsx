import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { textOf, validatedInput } from '../web/form-input';
import { CsrfField, Field, Layout, SelectField, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { FormState } from '../web/sign-in.pages';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { CompletionRequirementEntity } from './completion-requirement.entity';
import { SetCompletionRequirementInput } from './completion.inputs';
import { CompletionService } from './completion.service';
import { RequirementKind } from './requirement-kind';

function RequirementsPage(props: { viewer: Viewer; cohortId: string; cohortName: string; requirements: CompletionRequirementEntity[]; saved?: boolean; state?: FormState }) {
  const { viewer, cohortId, requirements, state = {} } = props;
  return (
    <Layout title={t('requirements.title', { cohort: props.cohortName })} viewer={viewer}>
      {props.saved && (
        <p class="notice" role="status">
          {t('requirements.saved')}
        </p>
      )}
      {requirements.length ? (
        <ul>
          {requirements.map((requirement) => (
            <li key={requirement.id}>
              {requirement.label ?? t(`progress.kind.${requirement.kind}`)}: {requirement.threshold}
              {requirement.kind.endsWith('_MINUTES') ? ` ${t('requirements.minutes')}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('progress.noRequirements')}</p>
      )}
      <form method="post" action={`/cohorts/${cohortId}/requirements`} class="card" aria-labelledby="set-requirement">
        <h2 id="set-requirement">{t('requirements.set')}</h2>
        <CsrfField token={viewer.csrfToken} />
        <SelectField
          name="kind"
          label={t('requirements.kind')}
          value={state.values?.kind}
          error={state.errors?.kind ?? state.errors?.sessionKinds}
          options={Object.values(RequirementKind).map((kind) => [kind, t(`progress.kind.${kind}`)])}
        />
        <Field name="threshold" label={t('requirements.threshold')} type="number" min={1} required value={state.values?.threshold} error={state.errors?.threshold} />
        <button type="submit">{t('requirements.save')}</button>
      </form>
      <p>
        <a href={`/cohorts/${cohortId}/manage`}>{t('requirements.back')}</a>
      </p>
    </Layout>
  );
}

/** A cohort's requirements, for those who administer it: listed, and set one kind at a time. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('cohorts/:cohortId/requirements')
export class RequirementPagesController {
  constructor(
    private readonly access: Access,
    private readonly completion: CompletionService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async page(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response, @Query('saved') saved?: string): Promise<void> {
    await this.send(response, viewer, cohortId, { saved: saved === '1' });
  }

  @Post()
  async set(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = { kind: textOf(request.body, 'kind'), threshold: textOf(request.body, 'threshold') };
    try {
      const threshold = /^-?\d+$/.test(values.threshold.trim()) ? Number(values.threshold.trim()) : values.threshold;
      await this.completion.setRequirement(viewer.user, await validatedInput(SetCompletionRequirementInput, { cohortId, kind: values.kind, threshold }));
      response.redirect(303, `/cohorts/${cohortId}/requirements?saved=1`);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      await this.send(response, viewer, cohortId, { state: { values, errors: error.reasons } }, 400);
    }
  }

  private async send(response: Response, viewer: Viewer, cohortId: string, shown: { saved?: boolean; state?: FormState }, status = 200): Promise<void> {
    await this.access.require(viewer.user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    const [requirements, [cohort]] = await Promise.all([this.completion.requirements(viewer.user, cohortId), this.programs.cohortsByIds([cohortId])]);
    sendPage(response, this.config, <RequirementsPage viewer={viewer} cohortId={cohortId} cohortName={cohort.name} requirements={requirements} {...shown} />, status);
  }
}
