import { ReminderSettingsForm } from '../reminders/reminders.pages';
import { CsrfField, Field, FormError, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { FormState } from '../web/sign-in.pages';

export interface AccountPageProps {
  viewer: Viewer;
  remindersEnabled: boolean;
  notice?: string;
  name?: FormState;
  password?: FormState;
}

/** The person's own account: their name, their password, their reminders, and a link to their licences. */
export function AccountPage({ viewer, remindersEnabled, notice, name = {}, password = {} }: AccountPageProps) {
  return (
    <Layout title={t('account.title')} viewer={viewer}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>{t('account.email', { email: viewer.user.email })}</p>
      <form method="post" action="/account/name" class="card" aria-labelledby="account-name">
        <h2 id="account-name">{t('account.name')}</h2>
        <CsrfField token={viewer.csrfToken} />
        <Field name="fullName" label={t('account.fullName')} autocomplete="name" required value={name.values?.fullName ?? viewer.user.fullName} error={name.errors?.fullName} />
        <button type="submit">{t('account.saveName')}</button>
      </form>
      <form method="post" action="/account/password" class="card" aria-labelledby="account-password">
        <h2 id="account-password">{t('account.password')}</h2>
        <CsrfField token={viewer.csrfToken} />
        <FormError message={password.errors?.['']} />
        <Field name="currentPassword" label={t('account.currentPassword')} type="password" autocomplete="current-password" required error={password.errors?.currentPassword} />
        <Field name="newPassword" label={t('account.newPassword')} type="password" autocomplete="new-password" required error={password.errors?.newPassword} />
        <button type="submit">{t('account.changePassword')}</button>
      </form>
      <ReminderSettingsForm csrfToken={viewer.csrfToken} enabled={remindersEnabled} />
      <p>
        <a href="/account/licences">{t('account.licenses')}</a>
      </p>
    </Layout>
  );
}
