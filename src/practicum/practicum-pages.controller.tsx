import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { queuePage, RequestedQueuePage, requestedQueuePage } from '../database/queue-window';
import { BadInputError, ConflictError, NotFoundError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { CohortEntity } from '../programs/cohort.entity';
import { cohortsOfPerson } from '../programs/cohorts-of-person';
import { EnrollmentRole } from '../programs/enrollment-role';
import { ProgramsRepository } from '../programs/programs.repository';
import { formatDay } from '../web/dates';
import { FormBody, requireCalendarDates, textOf, validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { FormState } from '../web/sign-in.pages';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { PracticumEntryStatus } from './practicum-enums';
import { serverToday } from './practicum-rules';
import { PracticumReader } from './practicum-reader.service';
import { CreatePlacementInput, LogPracticumInput, ReviewPracticumEntryInput, UpdatePracticumEntryInput } from './practicum.inputs';
import { ApprovedEntryPage, EntryFormPage, PlacementPage, PracticumPage, QueuedEntry, RefusedReview, ReviewQueuePage } from './practicum.pages';
import { PracticumService } from './practicum.service';

const ENTRY_FIELDS = ['placementId', 'date', 'minutes', 'activity', 'reflection'] as const;
const PLACEMENT_FIELDS = ['providerCode', 'settingType', 'region'] as const;
const NOTICES = { entry: 'practicum.saved', placement: 'practicum.placementAdded', approved: 'practicum.approved', returned: 'practicum.returned' } as const;

/** Entries a page of the review queue shows: each carries its reflection and a review form. */
const REVIEW_PAGE_SIZE = 50;
const noticeOf = (done?: string) => (done && done in NOTICES ? t(NOTICES[done as keyof typeof NOTICES]) : undefined);

/** A whole number where one was typed; anything else stays text for the validator to name. */
const whole = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text);

/** The reasons a refused form shows; anything else (someone without the right, say) is the error page's. */
function refusalReasons(error: unknown): Record<string, string> {
  if (error instanceof BadInputError) return error.reasons;
  if (error instanceof ConflictError) return { '': error.message };
  throw error;
}

function fieldsOf<F extends string>(body: FormBody, fields: readonly F[]): Record<F, string> {
  return Object.fromEntries(fields.map((field) => [field, textOf(body, field)])) as Record<F, string>;
}

/** A participant's practicum log, and the review queue of facilitators and faculty. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class PracticumPagesController {
  constructor(
    private readonly practicum: PracticumService,
    private readonly reader: PracticumReader,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get('practicum')
  async log(@PageViewer() viewer: Viewer, @Res() response: Response, @Query('done') done?: string): Promise<void> {
    const cohorts = await cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.PARTICIPANT]);
    const logs = await Promise.all(cohorts.map(async (cohort) => ({ cohort, practicum: await this.reader.myPracticum(viewer.user, cohort.id) })));
    sendPage(response, this.config, <PracticumPage viewer={viewer} cohorts={logs} notice={noticeOf(done)} />);
  }

  @Get('practicum/:cohortId/placements/new')
  async newPlacement(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response): Promise<void> {
    // The practicum's own check: only the cohort's participants keep placements there.
    await this.reader.myPracticum(viewer.user, cohortId);
    sendPage(response, this.config, <PlacementPage viewer={viewer} cohort={await this.cohort(cohortId)} first={false} />);
  }

  @Post('practicum/:cohortId/placements')
  async addPlacement(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = fieldsOf(request.body, PLACEMENT_FIELDS);
    try {
      await this.practicum.createPlacement(viewer.user, await validatedInput(CreatePlacementInput, { ...values, cohortId, region: values.region.trim() || undefined }));
      response.redirect(303, `/practicum/${cohortId}/entries/new?done=placement`);
    } catch (error) {
      const { placements } = await this.reader.myPracticum(viewer.user, cohortId);
      const state: FormState = { values, errors: refusalReasons(error) };
      sendPage(response, this.config, <PlacementPage viewer={viewer} cohort={await this.cohort(cohortId)} first={!placements.length} state={state} />, 400);
    }
  }

  /** The entry form; without a placement yet, the placement form comes first. */
  @Get('practicum/:cohortId/entries/new')
  async newEntry(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response, @Query('done') done?: string): Promise<void> {
    const { placements } = await this.reader.myPracticum(viewer.user, cohortId);
    if (!placements.length) {
      sendPage(response, this.config, <PlacementPage viewer={viewer} cohort={await this.cohort(cohortId)} first />);
      return;
    }
    await this.sendNewEntry(response, viewer, cohortId, { date: serverToday() }, { notice: noticeOf(done) });
  }

  @Post('practicum/:cohortId/entries')
  async logEntry(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = fieldsOf(request.body, ENTRY_FIELDS);
    try {
      requireCalendarDates(values, ['date']);
      await this.practicum.logPracticum(viewer.user, await validatedInput(LogPracticumInput, { ...values, minutes: whole(values.minutes) }));
      response.redirect(303, '/practicum?done=entry');
    } catch (error) {
      await this.sendNewEntry(response, viewer, cohortId, values, { errors: refusalReasons(error) }, 400);
    }
  }

  @Get('practicum/entries/:entryId/edit')
  async editEntry(@PageViewer() viewer: Viewer, @Param('entryId', new UuidPipe('entryId')) entryId: string, @Res() response: Response): Promise<void> {
    const entry = await this.reader.entry(viewer.user, entryId);
    const values = { date: entry.date, minutes: String(entry.minutes), activity: entry.activity, reflection: entry.reflection ?? '' };
    await this.sendEditEntry(response, viewer, entryId, values);
  }

  @Post('practicum/entries/:entryId')
  async changeEntry(@PageViewer() viewer: Viewer, @Param('entryId', new UuidPipe('entryId')) entryId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    // An entry keeps its placement: the change names the rest.
    const { placementId: _placementId, ...values } = fieldsOf(request.body, ENTRY_FIELDS);
    try {
      requireCalendarDates(values, ['date']);
      await this.practicum.updatePracticumEntry(viewer.user, await validatedInput(UpdatePracticumEntryInput, { ...values, entryId, minutes: whole(values.minutes) }));
      response.redirect(303, '/practicum?done=entry');
    } catch (error) {
      await this.sendEditEntry(response, viewer, entryId, values, refusalReasons(error), 400);
    }
  }

  @Get('reviews')
  async reviews(@PageViewer() viewer: Viewer, @Res() response: Response, @Query('done') done?: unknown, @Query('after') after?: unknown): Promise<void> {
    await this.sendQueue(response, viewer, requestedQueuePage(after), { notice: noticeOf(typeof done === 'string' ? done : undefined) });
  }

  @Post('reviews/:entryId')
  async review(@PageViewer() viewer: Viewer, @Param('entryId', new UuidPipe('entryId')) entryId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const comment = textOf(request.body, 'comment');
    const decision = textOf(request.body, 'decision');
    // Back to the page of the queue the review was made on; a page it never handed out is refused before anything is saved.
    const page = requestedQueuePage(textOf(request.body, 'after'));
    try {
      const input = { entryId, decision, comment: comment.trim() || undefined, version: whole(textOf(request.body, 'version')) };
      await this.practicum.reviewPracticumEntry(viewer.user, await validatedInput(ReviewPracticumEntryInput, input));
      const done = decision === 'APPROVED' ? 'approved' : 'returned';
      response.redirect(303, `/reviews?${new URLSearchParams({ done, ...(page.after && { after: page.after }) }).toString()}`);
    } catch (error) {
      await this.sendQueue(response, viewer, page, { refused: { entryId, errors: refusalReasons(error), comment } }, 400);
    }
  }

  /** A cohort the caller was just let into by the practicum's own check. */
  private async cohort(cohortId: string): Promise<CohortEntity> {
    const [cohort] = await this.programs.cohortsByIds([cohortId]);
    if (!cohort) throw new NotFoundError('Cohort');
    return cohort;
  }

  private async sendNewEntry(
    response: Response,
    viewer: Viewer,
    cohortId: string,
    values: Record<string, string>,
    shown: { errors?: Record<string, string>; notice?: string },
    status = 200,
  ): Promise<void> {
    const { placements } = await this.reader.myPracticum(viewer.user, cohortId);
    const form = <EntryFormPage viewer={viewer} action={`/practicum/${cohortId}/entries`} title={t('practicum.newEntry')} placements={placements} values={values} {...shown} />;
    sendPage(response, this.config, form, status);
  }

  /** The entry's form, or, once it is approved, the entry as it counts. */
  private async sendEditEntry(response: Response, viewer: Viewer, entryId: string, values: Record<string, string>, errors?: Record<string, string>, status = 200): Promise<void> {
    const entry = await this.reader.entry(viewer.user, entryId);
    if (entry.status === PracticumEntryStatus.APPROVED && !errors) {
      sendPage(response, this.config, <ApprovedEntryPage viewer={viewer} entry={entry} />);
      return;
    }
    const title = t('practicum.editEntry', { date: formatDay(entry.date) });
    const form = <EntryFormPage viewer={viewer} action={`/practicum/entries/${entryId}`} title={title} placements={[entry.placement]} values={values} errors={errors} reviews={entry.reviews} />;
    sendPage(response, this.config, form, status);
  }

  /** A page of the queue: the oldest entries across the viewer's cohorts, from where `requested` starts. */
  private async sendQueue(response: Response, viewer: Viewer, requested: RequestedQueuePage, shown: { notice?: string; refused?: RefusedReview }, status = 200): Promise<void> {
    const cohorts = await cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.FACULTY, EnrollmentRole.FACILITATOR]);
    const window = { after: requested.position, limit: REVIEW_PAGE_SIZE + 1 };
    const queues = await Promise.all(
      cohorts.map(async (cohort) => (await this.reader.reviewQueue(viewer.user, cohort.id, window)).map((entry): QueuedEntry => ({ entry, cohortName: cohort.name }))),
    );
    const { page, after } = queuePage(queues, REVIEW_PAGE_SIZE, ({ entry }) => entry);
    const nextHref = after ? `/reviews?${new URLSearchParams({ after }).toString()}` : null;
    sendPage(response, this.config, <ReviewQueuePage viewer={viewer} queue={page} position={requested.after} nextHref={nextHref} {...shown} />, status);
  }
}
