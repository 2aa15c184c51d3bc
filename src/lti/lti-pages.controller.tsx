import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError, ConflictError, NotFoundError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { textOf, validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { sendPage } from '../web/page';
import { PageViewer } from '../web/page-viewer.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { LtiPlatforms } from './lti-platforms.service';
import { LtiRosters } from './lti-rosters.service';
import { LtiScorePostStatus } from './lti-score-post-status';
import { LtiScorePosts } from './lti-score-posts.service';
import { LinkLtiContextInput } from './lti.inputs';
import { CohortLinksPage, CohortLinksProps } from './lti.pages';

/** How many links and failed posts the page lists. */
const LISTED = 50;

/** A cohort's learning-platform page, for those who administer it: link a course, sync its roster, retry failed grades. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('cohorts/:cohortId/lms')
export class LtiPagesController {
  constructor(
    private readonly platforms: LtiPlatforms,
    private readonly rosters: LtiRosters,
    private readonly scorePosts: LtiScorePosts,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async page(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response, @Query('done') done?: string): Promise<void> {
    const notice = done === 'linked' ? t('lti.links.linked') : done === 'retried' ? t('lti.links.retried') : undefined;
    await this.send(response, viewer, cohortId, { notice });
  }

  @Post()
  async link(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = { platformId: textOf(request.body, 'platformId'), contextId: textOf(request.body, 'contextId') };
    try {
      await this.platforms.link(viewer.user, await validatedInput(LinkLtiContextInput, { ...values, cohortId }));
      response.redirect(303, `/cohorts/${cohortId}/lms?done=linked`);
    } catch (error) {
      const errors = error instanceof BadInputError ? error.reasons : error instanceof ConflictError ? { contextId: error.message } : error instanceof NotFoundError ? { platformId: error.message } : undefined;
      if (!errors) throw error;
      await this.send(response, viewer, cohortId, { errors, values }, 400);
    }
  }

  @Post(':contextLinkId/sync')
  async sync(
    @PageViewer() viewer: Viewer,
    @Param('cohortId', new UuidPipe('cohortId')) cohortId: string,
    @Param('contextLinkId', new UuidPipe('contextLinkId')) contextLinkId: string,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const result = await this.rosters.sync(viewer.user, contextLinkId);
      const skipped = result.skipped.length ? ` ${t('lti.links.skipped', { reasons: result.skipped.join('; ') })}` : '';
      await this.send(response, viewer, cohortId, { notice: `${t('lti.links.synced', { members: result.members, enrolled: result.enrolled, withdrawn: result.withdrawn, unchanged: result.unchanged })}${skipped}` });
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      await this.send(response, viewer, cohortId, { errors: { '': Object.values(error.reasons).join('; ') } }, 400);
    }
  }

  @Post('score-posts/:scorePostId/retry')
  async retry(
    @PageViewer() viewer: Viewer,
    @Param('cohortId', new UuidPipe('cohortId')) cohortId: string,
    @Param('scorePostId', new UuidPipe('scorePostId')) scorePostId: string,
    @Res() response: Response,
  ): Promise<void> {
    try {
      await this.scorePosts.retry(viewer.user, scorePostId);
      response.redirect(303, `/cohorts/${cohortId}/lms?done=retried`);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      await this.send(response, viewer, cohortId, { errors: { '': Object.values(error.reasons).join('; ') } }, 400);
    }
  }

  private async send(response: Response, viewer: Viewer, cohortId: string, shown: Pick<CohortLinksProps, 'notice' | 'errors' | 'values'>, status = 200): Promise<void> {
    const links = await this.platforms.linksOf(viewer.user, cohortId, LISTED);
    const [platforms, failures, [cohort]] = await Promise.all([
      this.platforms.choicesFor(viewer.user, cohortId),
      this.scorePosts.ofCohort(viewer.user, cohortId, LtiScorePostStatus.FAILED, LISTED),
      this.programs.cohortsByIds([cohortId]),
    ]);
    sendPage(response, this.config, <CohortLinksPage viewer={viewer} cohort={cohort} links={links} platforms={platforms} failures={failures} {...shown} />, status);
  }
}
