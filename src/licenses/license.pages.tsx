import { CsrfField, Field, FormError, Layout, SelectField, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { FormState } from '../web/sign-in.pages';
import { LICENSE_TYPES, US_STATE_CODES } from './license-catalogue';
import { LicenseStatus } from './license-status';
import { StoredLicense } from './licenses.models';

export interface LicensesPageProps {
  viewer: Viewer;
  licenses: StoredLicense[];
  saved?: boolean;
  /** The refused new licence: what was typed, and the reasons by field. */
  adding?: FormState;
}

export function LicensesPage({ viewer, licenses, saved, adding = {} }: LicensesPageProps) {
  return (
    <Layout title={t('licenses.title')} viewer={viewer}>
      <p>{t('licenses.intro')}</p>
      {saved && (
        <p class="notice" role="status">
          {t('licenses.saved')}
        </p>
      )}
      {licenses.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('licenses.type')}</th>
              <th scope="col">{t('licenses.state')}</th>
              <th scope="col">{t('licenses.number')}</th>
              <th scope="col">{t('licenses.status')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('licenses.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {licenses.map((license, index) => (
              <tr key={`${license.type}-${license.state}`}>
                <td>{license.type}</td>
                <td>{license.state}</td>
                <td>{license.number}</td>
                <td>{t(`licenses.status.${license.status}`)}</td>
                <td>
                  <form method="post" action="/account/licences/remove">
                    <CsrfField token={viewer.csrfToken} />
                    <input type="hidden" name="index" value={String(index)} />
                    <button type="submit" class="secondary" aria-label={t('licenses.removeFor', { ...license })}>
                      {t('licenses.remove')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('licenses.none')}</p>
      )}
      <form method="post" action="/account/licences" class="card" aria-labelledby="add-licence">
        <h2 id="add-licence">{t('licenses.add')}</h2>
        <CsrfField token={viewer.csrfToken} />
        <FormError message={adding.errors?.['']} />
        <SelectField name="type" label={t('licenses.type')} value={adding.values?.type} error={adding.errors?.type} options={LICENSE_TYPES.map(({ code, name }) => [code, `${code} — ${name}`])} />
        <SelectField name="state" label={t('licenses.state')} value={adding.values?.state} error={adding.errors?.state} options={US_STATE_CODES.map((code) => [code, code])} />
        <Field name="number" label={t('licenses.number')} required value={adding.values?.number} error={adding.errors?.number} />
        <SelectField
          name="status"
          label={t('licenses.status')}
          value={adding.values?.status ?? LicenseStatus.ACTIVE}
          error={adding.errors?.status}
          options={Object.values(LicenseStatus).map((status) => [status, t(`licenses.status.${status}`)])}
        />
        <button type="submit">{t('licenses.save')}</button>
      </form>
      <p>
        <a href="/account">{t('licenses.back')}</a>
      </p>
    </Layout>
  );
}
