import { Controller, UseFilters, UseGuards } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';

/** Faculty grading: the queue, oldest first, and a submission's page. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class GradingPagesController {}
