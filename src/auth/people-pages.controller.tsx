import { Controller, Get, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { BadInputError, ConflictError, ForbiddenError } from '../errors/domain-errors';
import { formInput, textOf } from '../web/form-input';
import { CsrfField, Field, FormError, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { PageViewer } from '../web/page-viewer.decorator';
import { sendPage } from '../web/page';
import { FormState } from '../web/sign-in.pages';
import { WebErrorsFilter } from '../web/web-errors.filter';
import { WebSessionGuard } from '../web/web-session.guard';
import { InviteUserInput } from './accounts.inputs';
import { AccountsService } from './accounts.service';
import { Public } from './public.decorator';
import { UsersPage } from './users.repository';

/** How many people a search shows. */
const PEOPLE_LISTED = 50;

interface PeoplePageProps {
  viewer: Viewer;
  search: string;
  found: UsersPage | null;
  invited?: boolean;
  invite?: FormState;
}

function PeoplePage({ viewer, search, found, invited, invite = {} }: PeoplePageProps) {
  return (
    <Layout title={t('people.title')} viewer={viewer}>
      {!found ? (
        <p>{t('people.adminsOnly')}</p>
      ) : (
        <>
          {invited && (
            <p class="notice" role="status">
              {t('people.invited')}
            </p>
          )}
          <form method="get" action="/people" role="search">
            <Field name="search" label={t('people.search')} value={search} />
            <p class="muted">{t('people.searchHint')}</p>
            <button type="submit">{t('people.search')}</button>
          </form>
          <table>
            <caption>{t('people.results', { total: found.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('people.status')}</th>
              </tr>
            </thead>
            <tbody>
              {found.users.map((user) => (
                <tr key={user.id}>
                  <td>{user.fullName}</td>
                  <td>{user.email}</td>
                  <td>{user.deactivatedAt ? t('people.deactivated') : t('people.active')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <form method="post" action="/people/invitations" class="card" aria-labelledby="invite">
            <h2 id="invite">{t('people.invite')}</h2>
            <CsrfField token={viewer.csrfToken} />
            <FormError message={invite.errors?.['']} />
            <Field name="fullName" label={t('people.fullName')} required value={invite.values?.fullName} error={invite.errors?.fullName} />
            <Field name="email" label={t('signIn.email')} type="email" required value={invite.values?.email} error={invite.errors?.email} />
            <button type="submit">{t('people.inviteButton')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}

/** People: administrators search accounts and invite; others are told who makes accounts. Both through the accounts service's own rule. */
@Public()
@UseGuards(WebSessionGuard)
@UseFilters(WebErrorsFilter)
@Controller('people')
export class PeoplePagesController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async page(@PageViewer() viewer: Viewer, @Res() response: Response, @Query('search') search?: string, @Query('invited') invited?: string): Promise<void> {
    await this.send(response, viewer, { search: typeof search === 'string' ? search.slice(0, 200) : '', invited: invited === '1' });
  }

  @Post('invitations')
  async invite(@PageViewer() viewer: Viewer, @Req() request: Request, @Res() response: Response): Promise<void> {
    const values = { fullName: textOf(request.body, 'fullName'), email: textOf(request.body, 'email') };
    try {
      await this.accounts.invite(viewer.user, await formInput(InviteUserInput, request.body, ['fullName', 'email']));
      response.redirect(303, '/people?invited=1');
    } catch (error) {
      const errors = error instanceof BadInputError ? error.reasons : error instanceof ConflictError ? { email: error.message } : undefined;
      if (!errors) throw error;
      await this.send(response, viewer, { search: '', invite: { values, errors } }, 400);
    }
  }

  private async send(response: Response, viewer: Viewer, shown: Omit<PeoplePageProps, 'viewer' | 'found'>, status = 200): Promise<void> {
    const found = await this.accounts.list(viewer.user, shown.search || null, PEOPLE_LISTED, null).catch((error: unknown) => {
      if (error instanceof ForbiddenError) return null;
      throw error;
    });
    sendPage(response, this.config, <PeoplePage viewer={viewer} found={found} {...shown} />, status);
  }
}
