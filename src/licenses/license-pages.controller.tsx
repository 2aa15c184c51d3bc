import { Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { BadInputError } from '../errors/domain-errors';
import { textOf, validatedInput } from '../web/form-input';
import { Viewer } from '../web/layout';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { LicensesPage } from './license.pages';
import { SetLicensesInput } from './licenses.inputs';
import { StoredLicense } from './licenses.models';
import { LicensesService } from './licenses.service';

const FIELDS = ['type', 'state', 'number', 'status'] as const;

/** A person's own licences: added and removed one at a time, saved through setLicenses' service and rules. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('account/licences')
export class LicensePagesController {
  constructor(
    private readonly licenses: LicensesService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async page(@PageViewer() viewer: Viewer, @Res() response: Response, @Query('saved') saved?: string): Promise<void> {
    sendPage(response, this.config, <LicensesPage viewer={viewer} licenses={await this.own(viewer)} saved={saved === '1'} />);
  }

  @Post()
  async add(@PageViewer() viewer: Viewer, @Req() request: Request, @Res() response: Response): Promise<void> {
    const existing = await this.own(viewer);
    const typed = Object.fromEntries(FIELDS.map((field) => [field, textOf(request.body, field)]));
    try {
      await this.save(viewer, [...existing, typed]);
      response.redirect(303, '/account/licences?saved=1');
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      const errors = newLicenseReasons(error.reasons, existing.length);
      sendPage(response, this.config, <LicensesPage viewer={viewer} licenses={existing} adding={{ values: typed, errors }} />, 400);
    }
  }

  @Post('remove')
  async remove(@PageViewer() viewer: Viewer, @Req() request: Request, @Res() response: Response): Promise<void> {
    const index = Number.parseInt(textOf(request.body, 'index'), 10);
    await this.save(viewer, (await this.own(viewer)).filter((_license, position) => position !== index));
    response.redirect(303, '/account/licences?saved=1');
  }

  private async own(viewer: Viewer): Promise<StoredLicense[]> {
    const [licenses] = await this.licenses.visibleLicenses(viewer.user, [viewer.user.id]);
    return licenses ?? [];
  }

  private async save(viewer: Viewer, licenses: readonly object[]): Promise<void> {
    await this.licenses.set(viewer.user, await validatedInput(SetLicensesInput, { userId: viewer.user.id, licenses }));
  }
}

/** The reasons that concern the new licence (the list's last), by its field; a duplicate's reason for the whole form. */
function newLicenseReasons(reasons: Record<string, string>, position: number): Record<string, string> {
  const prefix = `licenses.${position}.`;
  const own = Object.entries(reasons).filter(([field]) => field.startsWith(prefix));
  if (own.length) return Object.fromEntries(own.map(([field, reason]) => [field.slice(prefix.length), reason]));
  return { '': Object.values(reasons).join('; ') };
}
