import { CsrfField } from '../web/layout';
import { t } from '../web/messages';

/** The account page's reminder setting: one checkbox, posted to /account/reminders. */
export function ReminderSettingsForm({ csrfToken, enabled }: { csrfToken: string; enabled: boolean }) {
  return (
    <form method="post" action="/account/reminders" class="card" aria-labelledby="account-reminders">
      <h2 id="account-reminders">{t('reminders.heading')}</h2>
      <CsrfField token={csrfToken} />
      <p id="reminders-hint">{t('reminders.hint')}</p>
      <div class="radio">
        <input type="checkbox" id="field-remindersEnabled" name="remindersEnabled" value="on" checked={enabled} aria-describedby="reminders-hint" />
        <label for="field-remindersEnabled">{t('reminders.enabled')}</label>
      </div>
      <button type="submit">{t('reminders.save')}</button>
    </form>
  );
}
