import { Controller, UseFilters, UseGuards } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';

/** A participant's journals: the list, one assignment's page (draft, submit, history, feedback). */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class JournalPagesController {}
