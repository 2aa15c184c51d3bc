import { CohortEntity } from '../programs/cohort.entity';
import { formatDateTime } from '../web/dates';
import { CsrfField, FormError, Layout, SelectField, Field, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { DeepLinkChoice } from './lti-deep-links.service';
import { PlatformStorage } from './lti-launches.service';
import { LtiContextLinkEntity } from './lti-context-link.entity';
import { LtiPlatformEntity } from './lti-platform.entity';
import { LtiScorePost } from './lti.models';

/** Why a launch did not go on, shown in the LMS's frame. */
export function LaunchRefusedPage({ reason }: { reason: string }) {
  return (
    <Layout title={t('lti.refused.title')}>
      <p class="error" role="alert">
        {reason}
      </p>
      <p>{t('lti.refused.again')}</p>
    </Layout>
  );
}

/** Hands the browser on to another site by a form post (deep-linking response): by itself with scripts, with a button without. */
export function AutoPostPage({ title, action, fields, button }: { title: string; action: string; fields: Record<string, string>; button: string }) {
  return (
    <Layout title={title}>
      <form method="post" action={action} data-autosubmit="">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit">{button}</button>
      </form>
    </Layout>
  );
}

/**
 * Keeps (put) or fetches (get) the browser binding in the platform's storage frame by postMessage
 * (app.js), then sends the form on; without scripts, or without an answer, the button sends it as is.
 */
export function PlatformStoragePage(props: { action: string; method: 'get' | 'post'; fields: Record<string, string>; storage: PlatformStorage & { mode: 'put' | 'get'; key: string; value?: string } }) {
  const { action, method, fields, storage } = props;
  return (
    <Layout title={t('lti.storage.title')}>
      <form
        method={method}
        action={action}
        data-lti-storage={storage.mode}
        data-lti-storage-target={storage.target}
        data-lti-storage-origin={storage.origin}
        data-lti-storage-key={storage.key}
        data-lti-storage-value={storage.value}
      >
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {storage.mode === 'get' && <input type="hidden" name="lti_storage_value" value="" />}
        <button type="submit">{t('lti.storage.continue')}</button>
      </form>
    </Layout>
  );
}

export function DeepLinkPage(props: DeepLinkChoice & { viewer: Viewer; error?: string }) {
  const { viewer, launchId, courseTitle, assignments, timeZone, error } = props;
  return (
    <Layout title={t('lti.deepLink.title', { course: courseTitle ?? t('lti.deepLink.thisCourse') })} viewer={viewer}>
      <p>{t('lti.deepLink.intro')}</p>
      {assignments.length ? (
        <form method="post" action={`/lti/deep-links/${launchId}`} class="card">
          <CsrfField token={viewer.csrfToken} />
          <fieldset aria-describedby={error ? 'assignment-error' : undefined}>
            <legend>{t('lti.deepLink.assignment')}</legend>
            {error && (
              <p id="assignment-error" class="error">
                {error}
              </p>
            )}
            {assignments.map((assignment, index) => (
              <div key={assignment.id} class="radio">
                <input type="radio" id={`assignment-${index}`} name="assignmentId" value={assignment.id} required />
                <label for={`assignment-${index}`}>
                  {assignment.title} <span class="muted">({t('lti.deepLink.due', { dueAt: formatDateTime(assignment.dueAt, timeZone) })})</span>
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t('lti.deepLink.submit')}</button>
        </form>
      ) : (
        <p>{t('lti.deepLink.none')}</p>
      )}
    </Layout>
  );
}

export interface CohortLinksProps {
  viewer: Viewer;
  cohort: CohortEntity;
  links: LtiContextLinkEntity[];
  platforms: LtiPlatformEntity[];
  failures: LtiScorePost[];
  notice?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

const platformName = (platform: LtiPlatformEntity) => `${platform.issuer} (client ${platform.clientId})`;

/** A cohort's linked courses, their rosters, and the grades that failed to reach a gradebook. */
export function CohortLinksPage({ viewer, cohort, links, platforms, failures, notice, errors = {}, values = {} }: CohortLinksProps) {
  return (
    <Layout title={t('lti.links.title', { cohort: cohort.name })} viewer={viewer}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <FormError message={errors['']} />
      {links.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('lti.links.course')}</th>
              <th scope="col">{t('lti.links.platform')}</th>
              <th scope="col">{t('lti.links.lastSynced')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('lti.links.sync')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id}>
                <td>{link.contextTitle ?? link.contextId}</td>
                <td>{platformName(link.platform!)}</td>
                <td>{link.lastSyncedAt ? formatDateTime(link.lastSyncedAt, cohort.timeZone) : t('lti.links.never')}</td>
                <td>
                  {link.membershipsUrl ? (
                    <form method="post" action={`/cohorts/${cohort.id}/lms/${link.id}/sync`}>
                      <CsrfField token={viewer.csrfToken} />
                      <button type="submit" class="secondary" aria-label={`${t('lti.links.sync')}: ${link.contextTitle ?? link.contextId}`}>
                        {t('lti.links.sync')}
                      </button>
                    </form>
                  ) : (
                    <span class="muted">{t('lti.links.noRoster')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('lti.links.none')}</p>
      )}
      <section aria-labelledby="link-course">
        <h2 id="link-course">{t('lti.links.add')}</h2>
        {platforms.length ? (
          <form method="post" action={`/cohorts/${cohort.id}/lms`} class="card">
            <CsrfField token={viewer.csrfToken} />
            <SelectField name="platformId" label={t('lti.links.platform')} value={values.platformId} error={errors.platformId} options={platforms.map((platform) => [platform.id, platformName(platform)])} />
            <Field name="contextId" label={t('lti.links.contextId')} required value={values.contextId} error={errors.contextId} />
            <button type="submit">{t('lti.links.add')}</button>
          </form>
        ) : (
          <p>{t('lti.links.noPlatform')}</p>
        )}
      </section>
      <section aria-labelledby="failures">
        <h2 id="failures">{t('lti.links.failures')}</h2>
        {failures.length ? (
          <ul>
            {failures.map((failure) => (
              <li key={failure.id}>
                <span class="break">{t('lti.links.failure', { participant: failure.participantName, assignment: failure.assignmentTitle, attempts: failure.attempts, error: failure.lastError ?? '' })}</span>
                <form method="post" action={`/cohorts/${cohort.id}/lms/score-posts/${failure.id}/retry`}>
                  <CsrfField token={viewer.csrfToken} />
                  <button type="submit" class="secondary">
                    {t('lti.links.retry')}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('lti.links.noFailures')}</p>
        )}
      </section>
    </Layout>
  );
}
