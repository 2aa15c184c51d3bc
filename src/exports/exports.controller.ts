import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthUser } from '../auth/auth-user';
import { badInput } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ceBrokerTable } from './ce-broker';
import { sendCsv } from './csv-response';
import { attendanceTable, ceRosterTable, certificatesTable, progressTable, transcriptsTable } from './export-tables';
import { ExportsService, WHOLE_CSV } from './exports.service';

type SignedInRequest = Request & { user: AuthUser };

/** The CE roster's layouts: the board's own columns (default), or CE Broker's roster upload. */
const CE_BROKER_LAYOUT = 'ce-broker';

/**
 * The exports as CSV downloads, for the same people as the GraphQL queries: with a bearer token, or
 * from the pages with the browser's session (AuthGuard reads it on GET).
 */
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('cohorts/:cohortId/exports/progress.csv')
  async progress(@Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: SignedInRequest, @Res() response: Response): Promise<void> {
    const { data, fileName } = await this.exports.progress(request.user, cohortId, WHOLE_CSV);
    await sendCsv(response, fileName, progressTable(data.requirements, data.rows));
  }

  @Get('cohorts/:cohortId/exports/attendance.csv')
  async attendance(@Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: SignedInRequest, @Res() response: Response): Promise<void> {
    const { data, fileName } = await this.exports.attendance(request.user, cohortId, WHOLE_CSV);
    await sendCsv(response, fileName, attendanceTable(data.rows));
  }

  @Get('cohorts/:cohortId/exports/transcripts.csv')
  async transcripts(@Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: SignedInRequest, @Res() response: Response): Promise<void> {
    const { data, fileName } = await this.exports.transcriptsOf(request.user, cohortId, WHOLE_CSV);
    await sendCsv(response, fileName, transcriptsTable(data.rows));
  }

  @Get('cohorts/:cohortId/exports/certificates.csv')
  async certificates(@Param('cohortId', new UuidPipe('cohortId')) cohortId: string, @Req() request: SignedInRequest, @Res() response: Response): Promise<void> {
    const { data, fileName } = await this.exports.certificatesOf(request.user, cohortId, WHOLE_CSV);
    await sendCsv(response, fileName, certificatesTable(data.rows, data.timeZone));
  }

  @Get('ce-approvals/:approvalId/roster.csv')
  async ceRoster(
    @Param('approvalId', new UuidPipe('approvalId')) approvalId: string,
    @Req() request: SignedInRequest,
    @Res() response: Response,
    @Query('layout') layout?: unknown,
  ): Promise<void> {
    if (layout !== undefined && layout !== CE_BROKER_LAYOUT) throw badInput('layout', `must be ${CE_BROKER_LAYOUT}, or left out for the board's roster`);
    const ceBroker = layout === CE_BROKER_LAYOUT;
    const { data, fileName } = await this.exports.ceRoster(request.user, approvalId, WHOLE_CSV, ceBroker);
    await sendCsv(response, fileName, ceBroker ? ceBrokerTable(data) : ceRosterTable(data));
  }
}
