import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { FormBody, textOf, validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { AttendanceSheetPage, SessionsToTakePage, SheetEntry } from './attendance.pages';
import { RecordSessionAttendanceInput } from './attendance.inputs';
import { AttendanceService } from './attendance.service';
import { ProposeZoomAttendanceInput } from './zoom-import.inputs';
import { AttendanceProposal } from './zoom-import.models';
import { zoomSheetView } from './zoom-import.pages';
import { ZoomImportService } from './zoom-import.service';
import { UploadedText, UploadRequest } from '../web/file-upload.middleware';

/** How many sessions the attendance page lists, newest first. */
const SESSIONS_LISTED = 50;

/** What the sheet's form posted: one entry per person given a status, and the row each came from. */
function postedSheet(body: FormBody, rows: number): { typed: Map<string, SheetEntry>; entries: Record<string, unknown>[]; rowOfEntry: number[] } {
  const typed = new Map<string, SheetEntry>();
  const entries: Record<string, unknown>[] = [];
  const rowOfEntry: number[] = [];
  for (let row = 0; row < rows; row++) {
    const userId = textOf(body, `entries.${row}.userId`);
    const entry = { status: textOf(body, `entries.${row}.status`), minutes: textOf(body, `entries.${row}.minutesAttended`).trim() };
    typed.set(userId, entry);
    if (!entry.status) continue;
    rowOfEntry.push(row);
    // A number where one was typed; anything else stays text, for the validator to name.
    const minutes = entry.minutes === '' ? undefined : /^-?\d+$/.test(entry.minutes) ? Number(entry.minutes) : entry.minutes;
    entries.push({ userId, status: entry.status, minutesAttended: minutes });
  }
  return { typed, entries, rowOfEntry };
}

/** Reasons keyed by the posted entries' positions, moved to the rows of the sheet they came from. */
function byRow(reasons: Record<string, string>, rowOfEntry: number[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(reasons).map(([field, reason]) => [field.replace(/^entries\.(\d+)\./, (_, entry: string) => `entries.${rowOfEntry[Number(entry)]}.`), reason]),
  );
}

/** The uploaded report's text, or BAD_USER_INPUT naming `csv` beside the upload. */
function reportText(upload: UploadedText | undefined): string {
  const outcome = upload ?? { problem: 'missing' };
  if ('problem' in outcome) throw new BadInputError({ csv: t(`zoom.upload.${outcome.problem}`) });
  return outcome.text;
}

/** Taking attendance: the sessions a person runs, and one session's sheet (everyone expected, one save), proposed from a Zoom report if staff like. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('attendance')
export class AttendancePagesController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly zoomImport: ZoomImportService,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async sessions(@PageViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const sessions = await this.attendance.sessionsToTake(viewer.user, SESSIONS_LISTED);
    sendPage(response, this.config, <SessionsToTakePage viewer={viewer} sessions={sessions} />);
  }

  @Get(':sessionId')
  async sheet(
    @PageViewer() viewer: Viewer,
    @Param('sessionId', new UuidPipe('sessionId')) sessionId: string,
    @Res() response: Response,
    @Query('saved') saved?: string,
  ): Promise<void> {
    await this.sendSheet(response, viewer, sessionId, { saved: saved === '1' });
  }

  @Post(':sessionId')
  async save(
    @PageViewer() viewer: Viewer,
    @Param('sessionId', new UuidPipe('sessionId')) sessionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { rows } = await this.attendance.sheet(viewer.user, sessionId);
    const { typed, entries, rowOfEntry } = postedSheet(request.body, rows.length);
    try {
      await this.attendance.recordSession(viewer.user, await validatedInput(RecordSessionAttendanceInput, { sessionId, entries }));
      response.redirect(303, `/attendance/${sessionId}?saved=1`);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      await this.sendSheet(response, viewer, sessionId, { typed, errors: byRow(error.reasons, rowOfEntry) }, 400);
    }
  }

  /** Fills the sheet in from a Zoom participant report; nothing is written until staff save it. */
  @Post(':sessionId/zoom')
  async proposeFromZoom(
    @PageViewer() viewer: Viewer,
    @Param('sessionId', new UuidPipe('sessionId')) sessionId: string,
    @Req() request: UploadRequest,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const input = await validatedInput(ProposeZoomAttendanceInput, { sessionId, csv: reportText(request.upload) });
      await this.sendSheet(response, viewer, sessionId, { proposals: await this.zoomImport.propose(viewer.user, input) });
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      await this.sendSheet(response, viewer, sessionId, { errors: error.reasons }, 400);
    }
  }

  private async sendSheet(
    response: Response,
    viewer: Viewer,
    sessionId: string,
    { proposals, ...shown }: { saved?: boolean; typed?: Map<string, SheetEntry>; errors?: Record<string, string>; proposals?: AttendanceProposal[] },
    status = 200,
  ): Promise<void> {
    const { session, rows } = await this.attendance.sheet(viewer.user, sessionId);
    const [cohort] = await this.programs.cohortsByIds([session.cohortId]);
    const zoom = proposals && zoomSheetView(proposals, rows);
    sendPage(response, this.config, <AttendanceSheetPage viewer={viewer} session={session} timeZone={cohort.timeZone} rows={rows} zoom={zoom} {...shown} />, status);
  }
}
