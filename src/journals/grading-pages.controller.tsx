import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { queuePage, requestedQueuePage } from '../database/queue-window';
import { BadInputError, ConflictError } from '../errors/domain-errors';
import { isUuid, UuidPipe } from '../graphql/uuid.pipe';
import { cohortsOfPerson } from '../programs/cohorts-of-person';
import { EnrollmentRole } from '../programs/enrollment-role';
import { ProgramsRepository } from '../programs/programs.repository';
import { FormBody, textOf, validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { GradeDraft, GradingQueuePage, QueuedJournal, SubmissionPage, SubmissionPageProps } from './grading.pages';
import { JournalGradingService } from './journal-grading.service';
import { JournalSubmissionsService } from './journal-submissions.service';
import { toJournalGrade, toJournalVersion } from './journal-views';
import { GradeJournalInput } from './journals.inputs';

/** The grade form as typed: each rubric choice is posted as `rubric.<criterion>`. */
function draftOf(body: FormBody): GradeDraft {
  const rubric = Object.fromEntries(
    Object.keys(body)
      .filter((name) => name.startsWith('rubric.'))
      .map((name) => [name.slice('rubric.'.length), textOf(body, name)]),
  );
  return { outcome: textOf(body, 'outcome'), feedback: textOf(body, 'feedback'), score: textOf(body, 'score').trim(), rubric };
}

/** The draft as gradeJournal's input: numbers where numbers were typed (anything else left for the validator to name). */
function gradeInput(submissionId: string, draft: GradeDraft, version: string): Record<string, unknown> {
  const number = (text: string) => (/^-?\d+$/.test(text) ? Number(text) : text);
  const rubricLevels = Object.entries(draft.rubric).map(([criterion, level]) => ({ criterion, level }));
  return {
    submissionId,
    outcome: draft.outcome,
    feedback: draft.feedback,
    score: draft.score === '' ? undefined : number(draft.score),
    version: number(version),
    rubricLevels: rubricLevels.length ? rubricLevels : undefined,
  };
}

/** Journals a page of the queue lists: enough to work through, few enough to read. */
const GRADING_PAGE_SIZE = 100;

/** The queue's query string: the journal just graded, an LMS link's assignment, where the page starts. */
interface GradingQuery {
  graded?: unknown;
  assignment?: unknown;
  after?: unknown;
}

/** Faculty grading: the queue across their cohorts, oldest first, a page at a time, and a submission's page. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class GradingPagesController {
  constructor(
    private readonly submissions: JournalSubmissionsService,
    private readonly grading: JournalGradingService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get('grading')
  async queue(@PageViewer() viewer: Viewer, @Res() response: Response, @Query() query: GradingQuery): Promise<void> {
    // Faculty grade their cohorts' journals; coordinators follow their programs' cohorts (without the text). An
    // administrator's "every cohort" would be one queue per cohort of the service: they follow the ones they teach.
    const [taught, administered] = await Promise.all([
      cohortsOfPerson(this.programs, viewer.user.id, [EnrollmentRole.FACULTY]),
      viewer.user.isAdmin ? Promise.resolve([]) : this.programs.administeredCohorts(viewer.user),
    ]);
    const cohorts = [...new Map([...taught, ...administered].map((cohort) => [cohort.id, cohort])).values()];
    // A launch from an LMS link opens the queue of that link's assignment.
    const assignmentId = isUuid(query.assignment) ? query.assignment : undefined;
    const window = { assignmentId, after: requestedQueuePage(query.after).position, limit: GRADING_PAGE_SIZE + 1 };
    const queues = await Promise.all(
      cohorts.map(async (cohort) =>
        (await this.submissions.gradingQueue(viewer.user, cohort.id, window)).map((journal): QueuedJournal => ({ journal, cohortName: cohort.name, timeZone: cohort.timeZone })),
      ),
    );
    // A SUBMITTED journal always has its submission time; the epoch only keeps the type whole.
    const { page, after } = queuePage(queues, GRADING_PAGE_SIZE, ({ journal }) => ({ submittedAt: journal.submittedAt ?? new Date(0), id: journal.id }));
    const nextHref = after ? `/grading?${new URLSearchParams({ ...(assignmentId && { assignment: assignmentId }), after }).toString()}` : null;
    const notice = isUuid(query.graded) ? await this.gradedNotice(viewer, query.graded) : undefined;
    sendPage(response, this.config, <GradingQueuePage viewer={viewer} queue={page} notice={notice} nextHref={nextHref} />);
  }

  @Get('submissions/:submissionId')
  async submission(@PageViewer() viewer: Viewer, @Param('submissionId', new UuidPipe('submissionId')) submissionId: string, @Res() response: Response): Promise<void> {
    await this.send(response, viewer, submissionId, {});
  }

  @Post('submissions/:submissionId/grade')
  async grade(@PageViewer() viewer: Viewer, @Param('submissionId', new UuidPipe('submissionId')) submissionId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const draft = draftOf(request.body);
    try {
      await this.grading.grade(viewer.user, await validatedInput(GradeJournalInput, gradeInput(submissionId, draft, textOf(request.body, 'version'))));
      response.redirect(303, `/grading?graded=${submissionId}`);
    } catch (error) {
      const errors = error instanceof BadInputError ? error.reasons : error instanceof ConflictError ? { '': error.message } : undefined;
      if (!errors) throw error;
      await this.send(response, viewer, submissionId, { draft, errors }, error instanceof ConflictError ? 409 : 400);
    }
  }

  private async gradedNotice(viewer: Viewer, submissionId: string): Promise<string> {
    const journal = await this.submissions.visible(viewer.user, submissionId);
    return t('grading.saved', { participant: journal.participant.fullName });
  }

  private async send(response: Response, viewer: Viewer, submissionId: string, shown: Pick<SubmissionPageProps, 'draft' | 'errors'>, status = 200): Promise<void> {
    const journal = await this.submissions.visible(viewer.user, submissionId);
    const [versions, grades, [cohort]] = await Promise.all([
      this.submissions.versionsOf([journal.id]),
      this.submissions.gradesOf([journal.id]),
      this.programs.cohortsByIds([journal.assignment.cohortId]),
    ]);
    const props: SubmissionPageProps = {
      viewer,
      journal,
      versions: versions.map((version) => toJournalVersion(version, journal.showText)),
      grades: grades.map((grade) => toJournalGrade(grade, journal.showText)),
      timeZone: cohort.timeZone,
      ...shown,
    };
    sendPage(response, this.config, <SubmissionPage {...props} />, status);
  }
}
