import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { CeService } from '../ce/ce.service';
import { AppConfig } from '../config/app-config';
import { BadInputError, ConflictError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { formInput, textOf } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { CertificateEntity } from './certificate.entity';
import { CertificatesPage } from './certificate-list.pages';
import { IssueCertificatesArgs, ReissueCertificateInput, RevokeCertificateInput } from './certificates.inputs';
import { CertificatesService } from './certificates.service';
import { CohortCertificatesPage, CohortCertificatesProps } from './cohort-certificates.pages';

/** How many CE records the page lists. */
const CE_RECORDS_LISTED = 100;

/** The reasons a refused change shows on the page; anything else is the error page's. */
function refusalReasons(error: unknown): Record<string, string> {
  if (error instanceof BadInputError) return error.reasons;
  if (error instanceof ConflictError) return { certificateId: error.message };
  throw error;
}

/** What the page says after a change, from the redirect's query: counts, or the certificate concerned (never text from the address). */
function noticeOf(done: Record<string, string>, certificates: CertificateEntity[]): string | undefined {
  const count = (name: string) => Number.parseInt(done[name] ?? '0', 10) || 0;
  if (done.issued !== undefined) return t('certificates.issuedSummary', { issued: count('issued'), alreadyHeld: count('alreadyHeld'), notEligible: count('notEligible') });
  const changedId = done.reissued ?? done.revoked;
  const holder = certificates.find((certificate) => certificate.id === changedId)?.holderName;
  if (!holder) return undefined;
  return t(done.reissued ? 'certificates.reissued' : 'certificates.revoked', { name: holder });
}

/** Certificates: a person's own (with CE certificates), and a cohort's for those who issue them. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class CertificateListPagesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly ce: CeService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get('certificates')
  async own(@PageViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const [certificates, ceRecords, administered] = await Promise.all([
      this.certificates.listOwn(viewer.user),
      this.ce.records(viewer.user, viewer.user.id, CE_RECORDS_LISTED),
      this.programs.administeredCohorts(viewer.user),
    ]);
    sendPage(response, this.config, <CertificatesPage viewer={viewer} own={{ certificates, ceRecords, administered }} />);
  }

  @Get('cohorts/:cohortId/certificates')
  async cohort(
    @PageViewer() viewer: Viewer,
    @Param('cohortId', new UuidPipe('cohortId')) cohortId: string,
    @Res() response: Response,
    @Query() done: Record<string, string>,
  ): Promise<void> {
    await this.sendCohortPage(response, viewer, cohortId, { done });
  }

  @Post('cohorts/:cohortId/certificates')
  async issueAll(@PageViewer() viewer: Viewer, @Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const typed = { earlyCompletionReason: textOf(request.body, 'earlyCompletionReason') };
    try {
      const input = await formInput(IssueCertificatesArgs, { ...request.body, cohortId }, ['cohortId', 'earlyCompletionReason']);
      const result = await this.certificates.issueAll(viewer.user, cohortId, input.earlyCompletionReason || undefined);
      const counts = new URLSearchParams({ issued: String(result.issued), alreadyHeld: String(result.alreadyHeld), notEligible: String(result.notEligible) });
      response.redirect(303, `/cohorts/${cohortId}/certificates?${counts}`);
    } catch (error) {
      await this.sendCohortPage(response, viewer, cohortId, { refused: { errors: refusalReasons(error), typed } }, 400);
    }
  }

  @Post('cohorts/:cohortId/certificates/:certificateId')
  async change(
    @PageViewer() viewer: Viewer,
    @Param('cohortId', new UuidPipe('cohortId')) cohortId: string,
    @Param('certificateId', new UuidPipe('certificateId')) certificateId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const reissue = textOf(request.body, 'action') === 'reissue';
    try {
      const fields = { ...request.body, certificateId };
      const changed = reissue
        ? await this.certificates.reissue(viewer.user, await formInput(ReissueCertificateInput, fields, ['certificateId', 'reason']))
        : await this.certificates.revoke(viewer.user, await formInput(RevokeCertificateInput, fields, ['certificateId', 'reason']));
      response.redirect(303, `/cohorts/${cohortId}/certificates?${reissue ? 'reissued' : 'revoked'}=${changed.id}`);
    } catch (error) {
      const refused = { certificateId, errors: refusalReasons(error), typed: { reason: textOf(request.body, 'reason') } };
      await this.sendCohortPage(response, viewer, cohortId, { refused }, 400);
    }
  }

  private async sendCohortPage(
    response: Response,
    viewer: Viewer,
    cohortId: string,
    shown: { done?: Record<string, string>; refused?: CohortCertificatesProps['refused'] },
    status = 200,
  ): Promise<void> {
    const certificates = await this.certificates.listForCohort(viewer.user, cohortId);
    const [cohort] = await this.programs.cohortsByIds([cohortId]);
    const notice = shown.done && noticeOf(shown.done, certificates);
    sendPage(response, this.config, <CohortCertificatesPage viewer={viewer} cohort={cohort} certificates={certificates} notice={notice} refused={shown.refused} />, status);
  }
}
