import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError, ConflictError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { cohortsOfPerson } from '../programs/cohorts-of-person';
import { EnrollmentRole } from '../programs/enrollment-role';
import { ProgramsRepository } from '../programs/programs.repository';
import { FormBody, requireCalendarDates, textOf, validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { PracticumReader } from './practicum-reader.service';
import { CreatePlacementInput, LogPracticumInput, ReviewPracticumEntryInput, UpdatePracticumEntryInput } from './practicum.inputs';
import { EntryFormPage, EntryFormProps, PracticumPage, QueuedEntry, RefusedPlacement, ReviewQueuePage, ReviewQueueProps } from './practicum.pages';
import { PracticumService } from './practicum.service';

const ENTRY_FIELDS = ['placementId', 'date', 'minutes', 'activity', 'reflection'] as const;
const NOTICES = { entry: 'practicum.saved', placement: 'practicum.placementAdded', approved: 'practicum.approved', returned: 'practicum.returned' } as const;

const noticeOf = (done?: string) => (done && done in NOTICES ? t(NOTICES[done as keyof typeof NOTICES]) : undefined);

/** A whole number where one was typed; anything else stays text for the validator to name. */
const whole = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text);

/** The reasons a refused form shows; anything else (someone without the right, say) is the error page's. */
function refusalReasons(error: unknown): Record<string, string> {
  if (error instanceof BadInputError) return error.reasons;
  if (error instanceof ConflictError) return { '': error.message };
  throw error;
}

function entryValues(body: FormBody): Record<string, string> {
  return Object.fromEntries(ENTRY_FIELDS.map((field) => [field, textOf(body, field)]));
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
    await this.sendLog(response, viewer, { notice: noticeOf(done) });
  }

  @Post('practicum/:cohortId/placements')
  async addPlacement(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = { providerCode: textOf(request.body, 'providerCode'), settingType: textOf(request.body, 'settingType'), region: textOf(request.body, 'region') };
    try {
      await this.practicum.createPlacement(viewer.user, await validatedInput(CreatePlacementInput, { ...values, cohortId, region: values.region.trim() || undefined }));
      response.redirect(303, '/practicum?done=placement');
    } catch (error) {
      await this.sendLog(response, viewer, { refused: { cohortId, state: { values, errors: refusalReasons(error) } } }, 400);
    }
  }

  @Get('practicum/:cohortId/entries/new')
  async newEntry(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response): Promise<void> {
    await this.sendNewEntry(response, viewer, cohortId, { date: new Date().toISOString().slice(0, 10) });
  }

  @Post('practicum/:cohortId/entries')
  async logEntry(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = entryValues(request.body);
    try {
      requireCalendarDates(values, ['date']);
      await this.practicum.logPracticum(viewer.user, await validatedInput(LogPracticumInput, { ...values, minutes: whole(values.minutes) }));
      response.redirect(303, '/practicum?done=entry');
    } catch (error) {
      await this.sendNewEntry(response, viewer, cohortId, values, refusalReasons(error), 400);
    }
  }

  @Get('practicum/entries/:entryId/edit')
  async editEntry(@PageViewer() viewer: Viewer, @Param('entryId', new UuidPipe('entryId')) entryId: string, @Res() response: Response): Promise<void> {
    const entry = await this.reader.entry(viewer.user, entryId);
    const values = { placementId: entry.placement.id, date: entry.date, minutes: String(entry.minutes), activity: entry.activity, reflection: entry.reflection ?? '' };
    await this.sendEditEntry(response, viewer, entryId, values);
  }

  @Post('practicum/entries/:entryId')
  async changeEntry(@PageViewer() viewer: Viewer, @Param('entryId', new UuidPipe('entryId')) entryId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const { placementId: _placementId, ...values } = entryValues(request.body);
    try {
      requireCalendarDates(values, ['date']);
      await this.practicum.updatePracticumEntry(viewer.user, await validatedInput(UpdatePracticumEntryInput, { ...values, entryId, minutes: whole(values.minutes) }));
      response.redirect(303, '/practicum?done=entry');
    } catch (error) {
      await this.sendEditEntry(response, viewer, entryId, values, refusalReasons(error), 400);
    }
  }

  @Get('reviews')
  async reviews(@PageViewer() viewer: Viewer, @Res() response: Response, @Query('done') done?: string): Promise<void> {
    await this.sendQueue(response, viewer, { notice: noticeOf(done) });
  }

  @Post('reviews/:entryId')
  async review(@PageViewer() viewer: Viewer, @Param('entryId', new UuidPipe('entryId')) entryId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const comment = textOf(request.body, 'comment');
    const decision = textOf(request.body, 'decision');
    try {
      const input = { entryId, decision, comment: comment.trim() || undefined, version: whole(textOf(request.body, 'version')) };
      await this.practicum.reviewPracticumEntry(viewer.user, await validatedInput(ReviewPracticumEntryInput, input));
      response.redirect(303, `/reviews?done=${decision === 'APPROVED' ? 'approved' : 'returned'}`);
    } catch (error) {
      await this.sendQueue(response, viewer, { refused: { entryId, errors: refusalReasons(error), comment } }, 400);
    }
  }

  private async sendLog(response: Response, viewer: Viewer, shown: { notice?: string; refused?: RefusedPlacement }, status = 200): Promise<void> {
    const cohorts = await cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.PARTICIPANT]);
    const entries = await Promise.all(cohorts.map(async (cohort) => ({ cohort, practicum: await this.reader.myPracticum(viewer.user, cohort.id) })));
    sendPage(response, this.config, <PracticumPage viewer={viewer} cohorts={entries} {...shown} />, status);
  }

  private async sendNewEntry(response: Response, viewer: Viewer, cohortId: string, values: Record<string, string>, errors?: Record<string, string>, status = 200): Promise<void> {
    const { placements } = await this.reader.myPracticum(viewer.user, cohortId);
    const props: EntryFormProps = { viewer, action: `/practicum/${cohortId}/entries`, title: t('practicum.newEntry'), placements, values, errors };
    sendPage(response, this.config, <EntryFormPage {...props} />, status);
  }

  private async sendEditEntry(response: Response, viewer: Viewer, entryId: string, values: Record<string, string>, errors?: Record<string, string>, status = 200): Promise<void> {
    const entry = await this.reader.entry(viewer.user, entryId);
    const comment = entry.reviews[entry.reviews.length - 1]?.comment;
    const props: EntryFormProps = { viewer, action: `/practicum/entries/${entryId}`, title: t('practicum.editEntry', { date: entry.date }), placements: [], values, errors, comment };
    sendPage(response, this.config, <EntryFormPage {...props} />, status);
  }

  private async sendQueue(response: Response, viewer: Viewer, shown: Pick<ReviewQueueProps, 'notice' | 'refused'>, status = 200): Promise<void> {
    const cohorts = await cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.FACULTY, EnrollmentRole.FACILITATOR]);
    const queues = await Promise.all(
      cohorts.map(async (cohort) => (await this.reader.reviewQueue(viewer.user, cohort.id)).map((entry): QueuedEntry => ({ entry, cohortName: cohort.name }))),
    );
    const queue = queues.flat().sort((a, b) => a.entry.submittedAt.getTime() - b.entry.submittedAt.getTime());
    sendPage(response, this.config, <ReviewQueuePage viewer={viewer} queue={queue} {...shown} />, status);
  }
}
