import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError, ConflictError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { FormBody, textOf, validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { ApprovalDraft, CeApprovalsPage, CeApprovalsProps } from './ce-approval.pages';
import { ApproveCeInput } from './ce.inputs';
import { CeService } from './ce.service';

/** How many approvals the page lists. */
const APPROVALS_LISTED = 50;

/** The approval form as typed; a checkbox is ticked when posted. */
function draftOf(body: FormBody): ApprovalDraft {
  const ticked = body.licenseTypes;
  return {
    board: textOf(body, 'board'),
    approvalNumber: textOf(body, 'approvalNumber'),
    statement: textOf(body, 'statement'),
    licenseTypes: Array.isArray(ticked) ? ticked.filter((value): value is string => typeof value === 'string') : typeof ticked === 'string' ? [ticked] : [],
    licenseStates: textOf(body, 'licenseStates'),
    requiresCompletion: textOf(body, 'requiresCompletion') === 'true',
    partialCredit: textOf(body, 'partialCredit') === 'true',
    incrementMinutes: textOf(body, 'incrementMinutes'),
    unit: textOf(body, 'unit'),
  };
}

/** The draft as approveCe's input: states split on commas (none: every state), the increment a number where it is one. */
function approvalInput(cohortId: string, draft: ApprovalDraft): Record<string, unknown> {
  const states = draft.licenseStates.split(',').map((state) => state.trim()).filter(Boolean);
  const increment = /^\d+$/.test(draft.incrementMinutes) ? Number(draft.incrementMinutes) : draft.incrementMinutes;
  return { ...draft, cohortId, statement: draft.statement.trim() || null, licenseStates: states.length ? states : null, incrementMinutes: increment };
}

/** A cohort's CE approvals, for those who administer it: each board's approval and its rules. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('cohorts/:cohortId/ce-approvals')
export class CeApprovalPagesController {
  constructor(
    private readonly ce: CeService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async page(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Res() response: Response, @Query('done') done?: string): Promise<void> {
    const notice = done === 'saved' ? t('ce.saved') : done === 'removed' ? t('ce.removed') : undefined;
    await this.send(response, viewer, cohortId, { notice });
  }

  @Post()
  async approve(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const draft = draftOf(request.body);
    try {
      await this.ce.approve(viewer.user, await validatedInput(ApproveCeInput, approvalInput(cohortId, draft)));
      response.redirect(303, `/cohorts/${cohortId}/ce-approvals?done=saved`);
    } catch (error) {
      const errors = error instanceof BadInputError ? error.reasons : error instanceof ConflictError ? { approvalNumber: error.message } : undefined;
      if (!errors) throw error;
      await this.send(response, viewer, cohortId, { draft, errors }, 400);
    }
  }

  @Post(':approvalId/remove')
  async remove(
    @PageViewer() viewer: Viewer,
    @Param('cohortId', new UuidPipe('cohortId')) cohortId: string,
    @Param('approvalId', new UuidPipe('approvalId')) approvalId: string,
    @Res() response: Response,
  ): Promise<void> {
    try {
      await this.ce.removeApproval(viewer.user, approvalId);
      response.redirect(303, `/cohorts/${cohortId}/ce-approvals?done=removed`);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      await this.send(response, viewer, cohortId, { errors: { '': error.message } }, 409);
    }
  }

  private async send(response: Response, viewer: Viewer, cohortId: string, shown: Pick<CeApprovalsProps, 'notice' | 'draft' | 'errors'>, status = 200): Promise<void> {
    const approvals = await this.ce.approvals(viewer.user, cohortId, APPROVALS_LISTED);
    const [cohort] = await this.programs.cohortsByIds([cohortId]);
    sendPage(response, this.config, <CeApprovalsPage viewer={viewer} cohort={cohort} approvals={approvals} {...shown} />, status);
  }
}
