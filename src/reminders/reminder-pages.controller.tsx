import { Controller, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { textOf } from '../web/form-input';
import { Viewer } from '../web/layout';
import { PageViewer } from '../web/page-viewer.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { ReminderPreferences } from './reminder-preferences.service';

/** The account page's reminder checkbox, through the same service as setReminderPreference; an unticked box is not posted. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('account/reminders')
export class ReminderPagesController {
  constructor(private readonly preferences: ReminderPreferences) {}

  @Post()
  async save(@PageViewer() viewer: Viewer, @Req() request: Request, @Res() response: Response): Promise<void> {
    const enabled = textOf(request.body, 'remindersEnabled') === 'on';
    await this.preferences.set(viewer.user, enabled);
    response.redirect(303, `/account?saved=${enabled ? 'remindersOn' : 'remindersOff'}`);
  }
}
