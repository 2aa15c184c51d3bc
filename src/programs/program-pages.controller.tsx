import { Controller, UseFilters, UseGuards } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';

/** Coordinators' pages: programs and their cohorts (create, edit, copy), people (search, invite, enrol, withdraw), requirements and CE approvals. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller()
export class ProgramPagesController {}
