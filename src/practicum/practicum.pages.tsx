import { CohortEntity } from '../programs/cohort.entity';
import { formatDay } from '../web/dates';
import { CsrfField, Field, FormError, Layout, NextPageLink, SelectField, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { FormState } from '../web/sign-in.pages';
import { PracticumActivity, PracticumEntryStatus, ReviewDecision, SettingType } from './practicum-enums';
import { MyPracticum, PracticumLogEntry, PracticumPlacement, PracticumReview } from './practicum.models';

const hours = (minutes: number) => (minutes / 60).toFixed(1).replace(/\.0$/, '');

/** The latest review when it said something: an approval after a return does not repeat the old comment. */
const latestComment = (reviews: PracticumReview[]) => (reviews[reviews.length - 1]?.comment ? reviews[reviews.length - 1] : undefined);

function Notice({ text }: { text?: string }) {
  return text ? (
    <p class="notice" role="status">
      {text}
    </p>
  ) : null;
}

export interface CohortPracticum {
  cohort: CohortEntity;
  practicum: MyPracticum;
}

export function PracticumPage({ viewer, cohorts, notice }: { viewer: Viewer; cohorts: CohortPracticum[]; notice?: string }) {
  return (
    <Layout title={t('practicum.title')} viewer={viewer}>
      <Notice text={notice} />
      {cohorts.length ? cohorts.map((entry) => <CohortLog key={entry.cohort.id} entry={entry} />) : <p>{t('practicum.none')}</p>}
    </Layout>
  );
}

function CohortLog({ entry: { cohort, practicum } }: { entry: CohortPracticum }) {
  const { totals, placements, entries } = practicum;
  const headingId = `cohort-${cohort.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{cohort.name}</h2>
      <p>{t('practicum.totals', { approved: hours(totals.approvedMinutes), pending: hours(totals.pendingMinutes), returned: hours(totals.returnedMinutes) })}</p>
      {/* A form, not a link: the contract names a button, and without a placement it leads to adding one first. */}
      <form method="get" action={`/practicum/${cohort.id}/entries/new`}>
        <button type="submit">{t('practicum.logTime')}</button>
      </form>
      <h3>{t('practicum.placements')}</h3>
      {placements.length ? (
        <ul>
          {placements.map((placement) => (
            <li key={placement.id}>{placementText(placement)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('practicum.noPlacements')}</p>
      )}
      <p>
        <a href={`/practicum/${cohort.id}/placements/new`} aria-label={t('practicum.addPlacementIn', { cohort: cohort.name })}>
          {t('practicum.addPlacement')}
        </a>
      </p>
      <h3>{t('practicum.entries')}</h3>
      {entries.length ? <EntryTable entries={entries} /> : <p>{t('practicum.noEntries')}</p>}
    </section>
  );
}

/** A placement as its participant knows it: the code, the setting, the region if any; never a name. */
function placementText(placement: PracticumPlacement): string {
  return [placement.providerCode, t(`practicum.setting.${placement.settingType}`), placement.region].filter(Boolean).join(' · ');
}

function EntryTable({ entries }: { entries: PracticumLogEntry[] }) {
  return (
    <table>
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
          const commented = latestComment(entry.reviews);
          return (
            <tr key={entry.id}>
              <td>{formatDay(entry.date)}</td>
              <td>{t('practicum.minutesValue', { minutes: entry.minutes })}</td>
              <td>{t(`practicum.activity.${entry.activity}`)}</td>
              <td>
                {t(`practicum.status.${entry.status}`)}
                {commented && (
                  <>
                    <br />
                    <span class="muted">{t('practicum.commentBy', { reviewer: commented.reviewer.fullName, comment: commented.comment! })}</span>
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

/** The form that adds a placement; shown first when someone logs time without one. */
export function PlacementPage({ viewer, cohort, first, state = {} }: { viewer: Viewer; cohort: CohortEntity; first: boolean; state?: FormState }) {
  const errors = state.errors ?? {};
  return (
    <Layout title={t('practicum.addPlacementTitle', { cohort: cohort.name })} viewer={viewer}>
      <form method="post" action={`/practicum/${cohort.id}/placements`} class="card">
        {first && <p>{t('practicum.placementFirst')}</p>}
        <p class="muted">{t('practicum.placementHint')}</p>
        <CsrfField token={viewer.csrfToken} />
        <FormError message={errors['']} />
        <Field name="providerCode" label={t('practicum.providerCode')} required value={state.values?.providerCode} error={errors.providerCode} />
        <SelectField
          name="settingType"
          label={t('practicum.settingType')}
          value={state.values?.settingType}
          error={errors.settingType}
          options={Object.values(SettingType).map((setting) => [setting, t(`practicum.setting.${setting}`)])}
        />
        <Field name="region" label={t('practicum.region')} value={state.values?.region} error={errors.region} />
        <button type="submit">{t('practicum.addPlacement')}</button>
      </form>
      <BackLink />
    </Layout>
  );
}

function BackLink() {
  return (
    <p>
      <a href="/practicum">{t('practicum.back')}</a>
    </p>
  );
}

/** The reviewer's last word on an entry, shown above the form that answers it. */
function ReviewerComment({ reviews }: { reviews: PracticumReview[] }) {
  const commented = latestComment(reviews);
  return commented ? (
    <div class="notice">
      <p>{t('practicum.commentFrom', { reviewer: commented.reviewer.fullName })}</p>
      <pre class="text">{commented.comment}</pre>
    </div>
  ) : null;
}

/** Reasons the form has no field for (the entry itself, a placement that was not offered), said above it. */
function unplacedReason(errors: Record<string, string>): string | undefined {
  if (errors['']) return errors[''];
  if (errors.entryId) return t('practicum.refused.entryId', { reason: errors.entryId });
  if (errors.placementId) return t('practicum.refused.placementId', { reason: errors.placementId });
  return undefined;
}

export interface EntryFormProps {
  viewer: Viewer;
  /** Where the form posts: a new entry of the cohort, or the entry changed. */
  action: string;
  title: string;
  /** The placements to choose from; one is chosen without asking, and an entry keeps its own. */
  placements: PracticumPlacement[];
  values: Record<string, string>;
  errors?: Record<string, string>;
  notice?: string;
  /** The reviews of the entry changed (none for a new one). */
  reviews?: PracticumReview[];
}

export function EntryFormPage({ viewer, action, title, placements, values, errors = {}, notice, reviews = [] }: EntryFormProps) {
  return (
    <Layout title={title} viewer={viewer}>
      <Notice text={notice} />
      <ReviewerComment reviews={reviews} />
      <form method="post" action={action} class="card">
        <CsrfField token={viewer.csrfToken} />
        <FormError message={unplacedReason(errors)} />
        {placements.length > 1 ? (
          <SelectField name="placementId" label={t('practicum.placement')} value={values.placementId} options={placements.map((placement) => [placement.id, placementText(placement)])} />
        ) : (
          placements[0] && (
            <>
              <input type="hidden" name="placementId" value={placements[0].id} />
              <p class="muted">{t('practicum.at', { placement: placementText(placements[0]) })}</p>
            </>
          )
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
      <BackLink />
    </Layout>
  );
}

/** An approved entry, read only: it counts now and is no longer changed. */
export function ApprovedEntryPage({ viewer, entry }: { viewer: Viewer; entry: PracticumLogEntry }) {
  return (
    <Layout title={t('practicum.entryOn', { date: formatDay(entry.date) })} viewer={viewer}>
      <p class="notice">{t('practicum.locked')}</p>
      <dl>
        <Term term={t('practicum.placement')} value={placementText(entry.placement)} />
        <Term term={t('practicum.minutes')} value={String(entry.minutes)} />
        <Term term={t('practicum.activity')} value={t(`practicum.activity.${entry.activity}`)} />
      </dl>
      <h2>{t('practicum.reflection')}</h2>
      <pre class="text">{entry.reflection}</pre>
      <h2>{t('practicum.reviewsOfEntry')}</h2>
      <ReviewList reviews={entry.reviews} />
      <BackLink />
    </Layout>
  );
}

function Term({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>
        <strong>{term}</strong>
      </dt>
      <dd>{value}</dd>
    </>
  );
}

function ReviewList({ reviews }: { reviews: PracticumReview[] }) {
  return (
    <ul>
      {reviews.map((review) => (
        <li key={review.id}>
          {review.comment
            ? t('practicum.reviewBy', { decision: t(`practicum.status.${review.decision}`), reviewer: review.reviewer.fullName, comment: review.comment })
            : t('practicum.reviewByNoComment', { decision: t(`practicum.status.${review.decision}`), reviewer: review.reviewer.fullName })}
        </li>
      ))}
    </ul>
  );
}

/** A pending entry in a reviewer's queue, with the cohort it belongs to. */
export interface QueuedEntry {
  entry: PracticumLogEntry;
  cohortName: string;
}

/** A refused review: its entry, the reasons, and the comment typed. */
export interface RefusedReview {
  entryId: string;
  errors: Record<string, string>;
  comment: string;
}

export interface ReviewQueueProps {
  viewer: Viewer;
  queue: QueuedEntry[];
  notice?: string;
  refused?: RefusedReview;
  /** Where this page of the queue starts (null: the first page), so that a review comes back to it. */
  position: string | null;
  nextHref: string | null;
}

export function ReviewQueuePage({ viewer, queue, notice, refused, position, nextHref }: ReviewQueueProps) {
  // An entry reviewed by someone else meanwhile has left the queue: its refusal and the comment typed still show.
  const orphan = refused && !queue.some(({ entry }) => entry.id === refused.entryId) ? refused : undefined;
  return (
    <Layout title={t('practicum.reviews')} viewer={viewer}>
      <Notice text={notice} />
      {orphan && (
        <div class="card">
          <FormError message={Object.values(orphan.errors).join(' ')} />
          {orphan.comment && (
            <>
              <p>{t('practicum.commentNotSaved')}</p>
              <pre class="text">{orphan.comment}</pre>
            </>
          )}
        </div>
      )}
      {queue.length ? (
        queue.map(({ entry, cohortName }) => (
          <ReviewCard
            key={entry.id}
            viewer={viewer}
            entry={entry}
            cohortName={cohortName}
            refused={refused?.entryId === entry.id ? refused : undefined}
            position={position}
          />
        ))
      ) : (
        <p>{t('practicum.noReviews')}</p>
      )}
      <NextPageLink href={nextHref} />
    </Layout>
  );
}

interface ReviewCardProps {
  viewer: Viewer;
  entry: PracticumLogEntry;
  cohortName: string;
  refused?: RefusedReview;
  position: string | null;
}

function ReviewCard({ viewer, entry, cohortName, refused, position }: ReviewCardProps) {
  const who = { participant: entry.participant.fullName, date: formatDay(entry.date) };
  const headingId = `entry-${entry.id}`;
  const commentId = `comment-${entry.id}`;
  const { comment: commentError, ...otherErrors } = refused?.errors ?? {};
  return (
    <article class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('practicum.entryOf', who)}</h2>
      <p class="muted">
        {[cohortName, placementText(entry.placement), t(`practicum.activity.${entry.activity}`), t('practicum.minutesValue', { minutes: entry.minutes })].join(' · ')}
      </p>
      {/* Null when the policy keeps the text from this viewer (practicum.policy.ts). */}
      {entry.reflection !== null && <pre class="text">{entry.reflection}</pre>}
      {entry.reviews.length > 0 && (
        <details>
          <summary>{t('practicum.earlierReviews')}</summary>
          <ReviewList reviews={entry.reviews} />
        </details>
      )}
      {/* The fragment brings a refused review back into view on a long queue. */}
      <form method="post" action={`/reviews/${entry.id}#${headingId}`}>
        <CsrfField token={viewer.csrfToken} />
        <input type="hidden" name="version" value={String(entry.version)} />
        {position && <input type="hidden" name="after" value={position} />}
        <FormError message={Object.values(otherErrors).join(' ') || undefined} />
        <label for={commentId}>
          {t('practicum.comment')}
          <span class="visually-hidden">{t('practicum.commentFor', who)}</span>
        </label>
        <textarea
          id={commentId}
          name="comment"
          class="short"
          aria-invalid={commentError ? 'true' : undefined}
          aria-describedby={commentError ? `${commentId}-error` : undefined}
        >
          {refused?.comment ?? ''}
        </textarea>
        {commentError && (
          <p class="error" id={`${commentId}-error`}>
            {commentError}
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
