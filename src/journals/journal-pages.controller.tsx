import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError, ConflictError, ForbiddenError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { cohortsOfPerson } from '../programs/cohorts-of-person';
import { EnrollmentRole } from '../programs/enrollment-role';
import { ProgramsRepository } from '../programs/programs.repository';
import { formInput, textOf } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { JournalAssignmentsService } from './journal-assignments.service';
import { JournalSubmissionsService } from './journal-submissions.service';
import { toJournalAssignment, toJournalGrade, toJournalVersion } from './journal-views';
import { JournalListPage, JournalPage, JournalPageProps } from './journal.pages';
import { SaveJournalDraftInput, SubmitJournalInput } from './journals.inputs';

const NOTICES = { draft: 'journal.draftSaved', submitted: 'journal.submitted' } as const;

/** A refused save as the page shows it: each reason beside its field, and the status it answers; anything else is the error page's. */
function refusalOf(error: unknown): { errors: Record<string, string>; status: number } {
  if (error instanceof BadInputError) return { errors: error.reasons, status: error.httpStatus };
  // The service's refusals (awaiting feedback, accepted, withdrawn) are about changing the text: said beside it.
  if (error instanceof ConflictError || error instanceof ForbiddenError) return { errors: { body: error.message }, status: error.httpStatus };
  throw error;
}

/** A participant's journals: the list, and one assignment's page (draft, submit, history, feedback). */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('journals')
export class JournalPagesController {
  constructor(
    private readonly assignments: JournalAssignmentsService,
    private readonly submissions: JournalSubmissionsService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async list(@PageViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const cohorts = await cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.PARTICIPANT]);
    const entries = await Promise.all(
      cohorts.map(async (cohort) => {
        const [assignments, journals] = await Promise.all([this.assignments.ofCohort(viewer.user, cohort.id), this.submissions.mine(viewer.user, cohort.id)]);
        return { cohort, assignments: assignments.map(toJournalAssignment), journals: new Map(journals.map((journal) => [journal.assignment.id, journal])) };
      }),
    );
    sendPage(response, this.config, <JournalListPage viewer={viewer} cohorts={entries} />);
  }

  @Get(':assignmentId')
  async page(
    @PageViewer() viewer: Viewer,
    @Param('assignmentId', new UuidPipe('assignmentId')) assignmentId: string,
    @Res() response: Response,
    @Query('saved') saved?: string,
  ): Promise<void> {
    const notice = saved === 'draft' || saved === 'submitted' ? t(NOTICES[saved]) : undefined;
    await this.send(response, viewer, assignmentId, { notice });
  }

  /** Also the autosave's target: a script's request (Accept: application/json) gets JSON, not a page. */
  @Post(':assignmentId/draft')
  async saveDraft(@PageViewer() viewer: Viewer, @Param('assignmentId', new UuidPipe('assignmentId')) assignmentId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const wantsJson = request.accepts(['html', 'json']) === 'json';
    try {
      await this.submissions.saveDraft(viewer.user, await formInput(SaveJournalDraftInput, { ...request.body, assignmentId }, ['assignmentId', 'body']));
      if (wantsJson) return void response.json({ saved: true });
      response.redirect(303, `/journals/${assignmentId}?saved=draft`);
    } catch (error) {
      const { errors, status } = refusalOf(error);
      if (wantsJson) return void response.status(status).json({ saved: false, errors });
      await this.send(response, viewer, assignmentId, { typed: textOf(request.body, 'body'), errors }, status);
    }
  }

  @Post(':assignmentId/submit')
  async submit(@PageViewer() viewer: Viewer, @Param('assignmentId', new UuidPipe('assignmentId')) assignmentId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      await this.submissions.submit(viewer.user, await formInput(SubmitJournalInput, { ...request.body, assignmentId }, ['assignmentId', 'body']));
      response.redirect(303, `/journals/${assignmentId}?saved=submitted`);
    } catch (error) {
      const { errors, status } = refusalOf(error);
      await this.send(response, viewer, assignmentId, { typed: textOf(request.body, 'body'), errors }, status);
    }
  }

  private async send(response: Response, viewer: Viewer, assignmentId: string, shown: Pick<JournalPageProps, 'notice' | 'typed' | 'errors'>, status = 200): Promise<void> {
    const assignment = await this.assignments.visible(viewer.user, assignmentId);
    const roles = await this.programs.enrollmentsIn(viewer.user.id, [assignment.cohortId]);
    if (!roles.some((enrollment) => enrollment.role === EnrollmentRole.PARTICIPANT)) throw new ForbiddenError('Only participants of this cohort write its journals');
    const journal = (await this.submissions.mine(viewer.user, assignment.cohortId)).find((own) => own.assignment.id === assignmentId);
    const [versions, grades, [cohort], dueAt] = await Promise.all([
      journal ? this.submissions.versionsOf([journal.id]) : [],
      journal ? this.submissions.gradesOf([journal.id]) : [],
      this.programs.cohortsByIds([assignment.cohortId]),
      // The participant's own due date (their extension, when granted), read once the checks above let them in.
      this.assignments.myDueAt(viewer.user, assignmentId),
    ]);
    const props: JournalPageProps = {
      viewer,
      cohort,
      assignment: toJournalAssignment(assignment),
      extendedTo: dueAt.getTime() > assignment.dueAt.getTime() ? dueAt : undefined,
      journal,
      versions: versions.map((version) => toJournalVersion(version, true)),
      grades: grades.map((grade) => toJournalGrade(grade, true)),
      ...shown,
    };
    sendPage(response, this.config, <JournalPage {...props} />, status);
  }
}
