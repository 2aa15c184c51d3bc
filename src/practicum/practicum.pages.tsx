import { CohortEntity } from '../programs/cohort.entity';
import { formatDay } from '../web/dates';
import { CsrfField, Field, FormError, Layout, SelectField, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { FormState } from '../web/sign-in.pages';
import { PracticumActivity, PracticumEntryStatus, ReviewDecision, SettingType } from './practicum-enums';
import { MyPracticum, PracticumLogEntry, PracticumPlacement } from './practicum.models';

const hours = (minutes: number) => (minutes / 60).toFixed(1).replace(/\.0$/, '');

export interface CohortPracticum {
  cohort: CohortEntity;
  practicum: MyPracticum;
}

/** A refused placement: its cohort, and the form as typed with the reasons. */
export interface RefusedPlacement {
  cohortId: string;
  state: FormState;
}

export function PracticumPage({ viewer, cohorts, notice, refused }: { viewer: Viewer; cohorts: CohortPracticum[]; notice?: string; refused?: RefusedPlacement }) {
  return (
    <Layout title={t('practicum.title')} viewer={viewer}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {cohorts.length ? (
        cohorts.map((entry) => <CohortLog key={entry.cohort.id} viewer={viewer} entry={entry} refused={refused?.cohortId === entry.cohort.id ? refused.state : undefined} />)
      ) : (
        <p>{t('practicum.none')}</p>
      )}
    </Layout>
  );
}

function CohortLog({ viewer, entry: { cohort, practicum }, refused }: { viewer: Viewer; entry: CohortPracticum; refused?: FormState }) {
  const { totals } = practicum;
  return (
    <section aria-labelledby={`cohort-${cohort.id}`}>
      <h2 id={`cohort-${cohort.id}`}>{cohort.name}</h2>
      <p>{t('practicum.totals', { approved: hours(totals.approvedMinutes), pending: hours(totals.pendingMinutes), returned: hours(totals.returnedMinutes) })}</p>
      {practicum.placements.length ? (
        <form method="get" action={`/practicum/${cohort.id}/entries/new`}>
          <button type="submit">{t('practicum.logTime')}</button>
        </form>
      ) : (
        <PlacementForm viewer={viewer} cohort={cohort} state={refused} />
      )}
      {practicum.entries.length ? <EntryTable entries={practicum.entries} /> : <p>{t('practicum.noEntries')}</p>}
    </section>
  );
}

export function PlacementForm({ viewer, cohort, state = {} }: { viewer: Viewer; cohort: CohortEntity; state?: FormState }) {
  return (
    <form method="post" action={`/practicum/${cohort.id}/placements`} class="card">
      <p>{t('practicum.noPlacement')}</p>
      <CsrfField token={viewer.csrfToken} />
      <Field name="providerCode" label={t('practicum.providerCode')} required value={state.values?.providerCode} error={state.errors?.providerCode} />
      <SelectField
        name="settingType"
        label={t('practicum.settingType')}
        value={state.values?.settingType}
        options={Object.values(SettingType).map((setting) => [setting, t(`practicum.setting.${setting}`)])}
      />
      <Field name="region" label={t('practicum.region')} value={state.values?.region} error={state.errors?.region} />
      <button type="submit">{t('practicum.addPlacement')}</button>
    </form>
  );
}

function EntryTable({ entries }: { entries: PracticumLogEntry[] }) {
  return (
    <table>
      <caption>{t('practicum.entries')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('practicum.date')}</th>
          <th scope="col">{t('practicum.minutes')}</th>
          <th scope="col">{t('practicum.activity')}</th>
          <th scope="col">{t('practicum.status')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const lastReview = entry.reviews[entry.reviews.length - 1];
          return (
            <tr key={entry.id}>
              <td>{formatDay(entry.date)}</td>
              <td>{entry.minutes}</td>
              <td>{t(`practicum.activity.${entry.activity}`)}</td>
              <td>
                {t(`practicum.status.${entry.status}`)}
                {entry.status === PracticumEntryStatus.CHANGES_REQUESTED && lastReview?.comment && (
                  <>
                    <br />
                    <span class="muted">{lastReview.comment}</span>
                  </>
                )}
                {entry.status !== PracticumEntryStatus.APPROVED && (
                  <>
                    <br />
                    <a href={`/practicum/entries/${entry.id}/edit`} aria-label={t('practicum.editEntry', { date: formatDay(entry.date) })}>
                      {t('practicum.edit')}
                    </a>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface EntryFormProps {
  viewer: Viewer;
  /** Where the form posts: a new entry of the cohort, or the entry changed. */
  action: string;
  title: string;
  placements: PracticumPlacement[];
  values: Record<string, string>;
  errors?: Record<string, string>;
  /** The reviewer's comment on a returned entry. */
  comment?: string | null;
}

export function EntryFormPage({ viewer, action, title, placements, values, errors = {}, comment }: EntryFormProps) {
  return (
    <Layout title={title} viewer={viewer}>
      {comment && (
        <p class="notice">
          {t('practicum.comment')}: {comment}
        </p>
      )}
      <form method="post" action={action} class="card">
        <CsrfField token={viewer.csrfToken} />
        <FormError message={errors['']} />
        {placements.length > 1 ? (
          <SelectField name="placementId" label={t('practicum.placement')} value={values.placementId} error={errors.placementId} options={placements.map((placement) => [placement.id, placement.providerCode])} />
        ) : (
          placements[0] && <input type="hidden" name="placementId" value={placements[0].id} />
        )}
        <Field name="date" label={t('practicum.date')} type="date" required value={values.date} error={errors.date} />
        <Field name="minutes" label={t('practicum.minutes')} type="number" min={1} required value={values.minutes} error={errors.minutes} />
        <SelectField
          name="activity"
          label={t('practicum.activity')}
          value={values.activity}
          error={errors.activity}
          options={Object.values(PracticumActivity).map((activity) => [activity, t(`practicum.activity.${activity}`)])}
        />
        <Field name="reflection" label={t('practicum.reflection')} multiline required value={values.reflection} error={errors.reflection} />
        <p class="muted">{t('practicum.reflectionHint')}</p>
        <button type="submit">{t('practicum.saveEntry')}</button>
      </form>
      <p>
        <a href="/practicum">{t('practicum.back')}</a>
      </p>
    </Layout>
  );
}

/** A pending entry in a reviewer's queue, with the cohort it belongs to. */
export interface QueuedEntry {
  entry: PracticumLogEntry;
  cohortName: string;
}

export interface ReviewQueueProps {
  viewer: Viewer;
  queue: QueuedEntry[];
  notice?: string;
  /** A refused review: its entry, the reasons, and the comment typed. */
  refused?: { entryId: string; errors: Record<string, string>; comment: string };
}

export function ReviewQueuePage({ viewer, queue, notice, refused }: ReviewQueueProps) {
  return (
    <Layout title={t('practicum.reviews')} viewer={viewer}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {queue.length ? (
        queue.map(({ entry, cohortName }) => (
          <ReviewCard key={entry.id} viewer={viewer} entry={entry} cohortName={cohortName} refused={refused?.entryId === entry.id ? refused : undefined} />
        ))
      ) : (
        <p>{t('practicum.noReviews')}</p>
      )}
    </Layout>
  );
}

function ReviewCard({ viewer, entry, cohortName, refused }: { viewer: Viewer; entry: PracticumLogEntry; cohortName: string; refused?: ReviewQueueProps['refused'] }) {
  const who = { participant: entry.participant.fullName, date: formatDay(entry.date) };
  const commentId = `comment-${entry.id}`;
  const error = refused?.errors.comment ?? refused?.errors[''] ?? refused?.errors.version;
  return (
    <article class="card" aria-labelledby={`entry-${entry.id}`}>
      <h2 id={`entry-${entry.id}`}>{t('practicum.entryOf', who)}</h2>
      <p class="muted">
        {cohortName} · {entry.placement.providerCode} · {t(`practicum.activity.${entry.activity}`)} · {entry.minutes} {t('practicum.minutes').toLowerCase()}
      </p>
      {entry.reflection !== null && <pre class="text">{entry.reflection}</pre>}
      {entry.reviews.length > 0 && (
        <details>
          <summary>{t('practicum.earlierReviews')}</summary>
          <ul>
            {entry.reviews.map((review) => (
              <li key={review.id}>
                {t('practicum.reviewBy', { decision: t(`practicum.status.${review.decision}`), reviewer: review.reviewer.fullName, comment: review.comment ?? '' })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <form method="post" action={`/reviews/${entry.id}`}>
        <CsrfField token={viewer.csrfToken} />
        <input type="hidden" name="version" value={String(entry.version)} />
        <label for={commentId}>
          {t('practicum.comment')}
          <span class="visually-hidden">{t('practicum.commentFor', who)}</span>
        </label>
        <textarea id={commentId} name="comment" class="short" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${commentId}-error` : undefined}>
          {refused?.comment ?? ''}
        </textarea>
        {error && (
          <p class="error" id={`${commentId}-error`}>
            {error}
          </p>
        )}
        <button type="submit" name="decision" value={ReviewDecision.APPROVED} aria-label={t('practicum.approveFor', who)}>
          {t('practicum.approve')}
        </button>
        <button type="submit" name="decision" value={ReviewDecision.CHANGES_REQUESTED} class="secondary" aria-label={t('practicum.requestChangesFor', who)}>
          {t('practicum.requestChanges')}
        </button>
      </form>
    </article>
  );
}
