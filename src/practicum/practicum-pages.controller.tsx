import { Controller, UseFilters, UseGuards } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';

/** A participant's practicum log, and the review queue of facilitators and faculty. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class PracticumPagesController {}
