import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { Public } from '../auth/public.decorator';
import { UsersService } from '../auth/users.service';
import { AppConfig } from '../config/app-config';
import { BadInputError, ConflictError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { FormBody, requireCalendarDates, textOf, validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { FormState } from '../web/sign-in.pages';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { EnrollmentsService } from './enrollments.service';
import { ManageCohortPage, ManageCohortProps, NewCohortPage, ProgramsPage } from './program.pages';
import { CreateCohortInput, EnrollInput, UpdateCohortInput, WithdrawInput } from './programs.inputs';
import { ProgramsRepository } from './programs.repository';
import { ProgramsService } from './programs.service';

const COHORT_FIELDS = ['name', 'startsOn', 'endsOn', 'capacity', 'timeZone', 'minimumAttendancePercent'] as const;
const NOTICES = { created: 'programs.cohortCreated', saved: 'programs.cohortSaved', enrolled: 'programs.enrolled', withdrawn: 'programs.withdrawn' } as const;

/** The reasons a refused form shows; anything else (someone without the right) is the error page's. */
function refusalReasons(error: unknown): Record<string, string> {
  if (error instanceof BadInputError) return error.reasons;
  if (error instanceof ConflictError) return { '': error.message };
  throw error;
}

const valuesOf = (body: FormBody, fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, textOf(body, field)]));

/** The cohort form as an input: blanks left out, whole numbers where typed (anything else stays text for the validator). */
function cohortFields(values: Record<string, string>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, text] of Object.entries(values)) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    fields[field] = (field === 'capacity' || field === 'minimumAttendancePercent') && /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  }
  requireCalendarDates(fields, ['startsOn', 'endsOn']);
  return fields;
}

/** Coordinators' pages: their programs and cohorts, a new cohort, and one cohort's details and members. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class ProgramPagesController {
  constructor(
    private readonly access: Access,
    private readonly programs: ProgramsService,
    private readonly repository: ProgramsRepository,
    private readonly enrollments: EnrollmentsService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
  ) {}

  @Get('programs')
  async list(@PageViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const [programs, cohorts] = await Promise.all([this.repository.administeredPrograms(viewer.user), this.repository.administeredCohorts(viewer.user)]);
    const entries = programs.map((program) => ({ program, cohorts: cohorts.filter((cohort) => cohort.programId === program.id) }));
    sendPage(response, this.config, <ProgramsPage viewer={viewer} programs={entries} />);
  }

  @Get('programs/:programId/cohorts/new')
  async newCohort(@PageViewer() viewer: Viewer, @Param('programId', new UuidPipe('programId')) programId: string, @Res() response: Response): Promise<void> {
    await this.sendNewCohort(response, viewer, programId);
  }

  @Post('programs/:programId/cohorts')
  async createCohort(@PageViewer() viewer: Viewer, @Param('programId', new UuidPipe('programId')) programId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = valuesOf(request.body, COHORT_FIELDS);
    try {
      const cohort = await this.programs.createCohort(await validatedInput(CreateCohortInput, { ...cohortFields(values), programId }), viewer.user);
      response.redirect(303, `/cohorts/${cohort.id}/manage?done=created`);
    } catch (error) {
      await this.sendNewCohort(response, viewer, programId, { values, errors: refusalReasons(error) }, 400);
    }
  }

  @Get('cohorts/:cohortId/manage')
  async manage(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response, @Query('done') done?: string): Promise<void> {
    const notice = done && done in NOTICES ? t(NOTICES[done as keyof typeof NOTICES]) : undefined;
    await this.sendManage(response, viewer, cohortId, { notice });
  }

  @Post('cohorts/:cohortId/manage')
  async updateCohort(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = valuesOf(request.body, COHORT_FIELDS);
    try {
      await this.programs.updateCohort(viewer.user, await validatedInput(UpdateCohortInput, { ...cohortFields(values), cohortId }));
      response.redirect(303, `/cohorts/${cohortId}/manage?done=saved`);
    } catch (error) {
      await this.sendManage(response, viewer, cohortId, { edit: { values, errors: refusalReasons(error) } }, 400);
    }
  }

  @Post('cohorts/:cohortId/enrollments')
  async enroll(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = valuesOf(request.body, ['email', 'role']);
    try {
      await this.access.require(viewer.user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
      const person = values.email.trim() ? await this.users.findByEmail(values.email.trim()) : null;
      if (!person) throw new BadInputError({ email: t('programs.noSuchPerson') });
      await this.enrollments.enroll(viewer.user, await validatedInput(EnrollInput, { cohortId, userId: person.id, role: values.role }));
      response.redirect(303, `/cohorts/${cohortId}/manage?done=enrolled`);
    } catch (error) {
      await this.sendManage(response, viewer, cohortId, { enrol: { values, errors: refusalReasons(error) } }, 400);
    }
  }

  @Post('enrollments/:enrollmentId/withdraw')
  async withdraw(@PageViewer() viewer: Viewer, @Param('enrollmentId', new UuidPipe('enrollmentId')) enrollmentId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = valuesOf(request.body, ['effectiveOn', 'reason']);
    const enrollment = await this.repository.enrollmentById(enrollmentId);
    try {
      const fields = { enrollmentId, effectiveOn: values.effectiveOn, reason: values.reason };
      requireCalendarDates(fields, ['effectiveOn']);
      await this.enrollments.withdraw(viewer.user, await validatedInput(WithdrawInput, fields));
      response.redirect(303, `/cohorts/${enrollment!.cohortId}/manage?done=withdrawn`);
    } catch (error) {
      if (!enrollment) throw error;
      await this.sendManage(response, viewer, enrollment.cohortId, { withdrawal: { enrollmentId, state: { values, errors: refusalReasons(error) } } }, 400);
    }
  }

  private async sendNewCohort(response: Response, viewer: Viewer, programId: string, state?: FormState, status = 200): Promise<void> {
    await this.access.require(viewer.user, Permission.PROGRAM_ADMINISTER, target.program(programId));
    const program = (await this.repository.programById(programId))!;
    sendPage(response, this.config, <NewCohortPage viewer={viewer} program={program} state={state} />, status);
  }

  private async sendManage(response: Response, viewer: Viewer, cohortId: string, shown: Omit<ManageCohortProps, 'viewer' | 'cohort' | 'members'>, status = 200): Promise<void> {
    await this.access.require(viewer.user, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    const [cohort, members] = await Promise.all([this.programs.cohort(viewer.user, cohortId), this.programs.membersOf(viewer.user, [cohortId])]);
    sendPage(response, this.config, <ManageCohortPage viewer={viewer} cohort={cohort} members={members} {...shown} />, status);
  }
}
