import { Controller, Get, Param, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { UsersService } from '../auth/users.service';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { sendPage } from '../web/page';
import { PageViewer } from '../web/page-viewer.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { AuditForm, formFieldOf, nextPageHref, readAuditForm } from './audit-form';
import { AuditEventsPage, AuditTrail } from './audit-trail.service';
import { AuditEventFilter } from './audit.inputs';
import { AuditTrailPage, AuditTrailProps } from './audit.pages';

/** How many events a page lists. */
const LISTED = 50;

type PageQuery = Record<string, unknown>;

/** What the page shows around its form: where it is, its title, and the zone its days are read in. */
interface TrailPlace {
  path: string;
  title: string;
  zoneNote: string;
  timeZone: string;
  cohortId?: string;
}

/** The audit trail's pages: the whole trail (admins; coordinators see their cohorts'), and one cohort's for those who administer it. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class AuditPagesController {
  constructor(
    private readonly trail: AuditTrail,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  @Get('audit')
  async all(@PageViewer() viewer: Viewer, @Query() query: PageQuery, @Res() response: Response): Promise<void> {
    await this.trail.readableCohorts(viewer.user);
    await this.show(response, viewer, query, { path: '/audit', title: t('audit.title'), zoneNote: t('audit.zones.all'), timeZone: 'UTC' });
  }

  @Get('cohorts/:cohortId/audit')
  async ofCohort(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Query() query: PageQuery, @Res() response: Response): Promise<void> {
    const cohort = await this.trail.requireCohortReader(viewer.user, cohortId);
    await this.show(response, viewer, query, {
      path: `/cohorts/${cohortId}/audit`,
      title: t('audit.cohortTitle', { cohort: cohort.name }),
      zoneNote: t('audit.zones.cohort', { timeZone: cohort.timeZone }),
      timeZone: cohort.timeZone,
      cohortId,
    });
  }

  private async show(response: Response, viewer: Viewer, query: PageQuery, place: TrailPlace): Promise<void> {
    const form = readAuditForm(query, place.timeZone);
    let errors: AuditTrailProps['errors'] = form.errors;
    let found: AuditEventsPage | null = null;
    if (!Object.keys(errors).length) {
      try {
        found = await this.read(viewer, form, place.cohortId, typeof query.after === 'string' ? query.after : null);
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        errors = Object.fromEntries(Object.entries(error.reasons).map(([field, reason]) => [formFieldOf(field), reason]));
      }
    }
    const actorNames = await this.actorNames(found);
    const nextHref = found?.hasNextPage && found.endCursor ? nextPageHref(place.path, form.values, found.endCursor) : null;
    const props = { viewer, ...place, values: form.values, errors, events: found?.events ?? null, actorNames, nextHref };
    sendPage(response, this.config, <AuditTrailPage {...props} />, found ? 200 : 400);
  }

  /** Who acted on the page, in one statement. */
  private async actorNames(found: AuditEventsPage | null): Promise<Map<string, string>> {
    const ids = [...new Set((found?.events ?? []).flatMap((event) => (event.actorId ? [event.actorId] : [])))];
    const actors = ids.length ? await this.users.findByIds(ids) : [];
    return new Map(actors.map((user) => [user.id, user.fullName]));
  }

  /** The form held to the GraphQL filter's rules, then one page of the trail. */
  private async read(viewer: Viewer, form: AuditForm, cohortId: string | undefined, after: string | null): Promise<AuditEventsPage> {
    const { actorEmail, ...rest } = form.filter;
    const filter = await validatedInput(AuditEventFilter, rest);
    return this.trail.page(viewer.user, { ...filter, actorEmail, cohortId }, LISTED, after);
  }
}
