import { Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { BadInputError } from '../errors/domain-errors';
import { UuidPipe } from '../graphql/uuid.pipe';
import { ProgramsRepository } from '../programs/programs.repository';
import { formInput, textOf } from '../web/form-input';
import { Viewer } from '../web/layout';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { WriteSessionNoteInput } from './communities.inputs';
import { SessionNotesPage, SessionNotesProps } from './session-note.pages';
import { SessionNotesService } from './session-notes.service';

/** A session's notes, for the staff who run it. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('sessions/:sessionId/notes')
export class SessionNotePagesController {
  constructor(
    private readonly notes: SessionNotesService,
    private readonly sessions: CurriculumRepository,
    private readonly programs: ProgramsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async page(
    @PageViewer() viewer: Viewer,
    @Param('sessionId', new UuidPipe('sessionId')) sessionId: string,
    @Res() response: Response,
    @Query('saved') saved?: string,
  ): Promise<void> {
    await this.send(response, viewer, sessionId, { saved: saved === '1' });
  }

  @Post()
  async write(@PageViewer() viewer: Viewer, @Param('sessionId', new UuidPipe('sessionId')) sessionId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      await this.notes.write(viewer.user, await formInput(WriteSessionNoteInput, { ...request.body, sessionId }, ['sessionId', 'body']));
      response.redirect(303, `/sessions/${sessionId}/notes?saved=1`);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      await this.send(response, viewer, sessionId, { draft: { values: { body: textOf(request.body, 'body') }, errors: error.reasons } }, 400);
    }
  }

  private async send(response: Response, viewer: Viewer, sessionId: string, shown: Pick<SessionNotesProps, 'saved' | 'draft'>, status = 200): Promise<void> {
    const notes = await this.notes.notesOf(viewer.user, sessionId);
    const [session] = await this.sessions.sessionsByIds([sessionId]);
    const [cohort] = await this.programs.cohortsByIds([session.cohortId]);
    sendPage(response, this.config, <SessionNotesPage viewer={viewer} session={session} timeZone={cohort.timeZone} notes={notes} {...shown} />, status);
  }
}
