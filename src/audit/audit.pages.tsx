import { formatDateTime } from '../web/dates';
import { Field, FormError, Layout, NextPageLink, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { changesOf, FieldChange } from './audit-changes';
import { AuditFormField, AuditFormValues } from './audit-form';
import { AuditEventRow } from './audit.repository';

export interface AuditTrailProps {
  viewer: Viewer;
  title: string;
  /** The page's own path, which the form and its links go to. */
  path: string;
  zoneNote: string;
  values: AuditFormValues;
  errors: Partial<Record<AuditFormField | '', string>>;
  /** Null when the form was refused. */
  events: AuditEventRow[] | null;
  actorNames: Map<string, string>;
  nextHref: string | null;
}

function changeText(change: FieldChange): string {
  if (change.before === undefined) return t('audit.change.set', { field: change.field, after: change.after ?? '' });
  if (change.after === undefined) return t('audit.change.cleared', { field: change.field, before: change.before });
  return t('audit.change.changed', { field: change.field, before: change.before, after: change.after });
}

/** Field by field; every value is text, escaped like all the page's text. */
function Changes({ event }: { event: AuditEventRow }) {
  const changes = changesOf(event.before, event.after);
  if (!changes.length) return <span class="muted">{t('audit.change.none')}</span>;
  return (
    <ul class="changes">
      {changes.map((change) => (
        <li key={change.field}>{changeText(change)}</li>
      ))}
    </ul>
  );
}

function EventRow({ event, path, actorNames }: { event: AuditEventRow; path: string; actorNames: Map<string, string> }) {
  const recordHref = `${path}?${new URLSearchParams({ record: event.entityId }).toString()}`;
  return (
    <tr>
      <td>
        <time datetime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt, event.timeZone ?? 'UTC')}</time>
      </td>
      <td>{event.actorId ? (actorNames.get(event.actorId) ?? event.actorId) : t('audit.system')}</td>
      <td class="break">{event.action}</td>
      <td class="break">
        {event.entityType}{' '}
        <a href={recordHref} aria-label={t('audit.recordEvents', { entityType: event.entityType, entityId: event.entityId })}>
          {event.entityId}
        </a>
      </td>
      <td class="break">
        <Changes event={event} />
      </td>
    </tr>
  );
}

function FilterForm({ path, values, errors }: Pick<AuditTrailProps, 'path' | 'values' | 'errors'>) {
  return (
    <form method="get" action={path} class="card" role="search" aria-label={t('audit.filter.label')}>
      <FormError message={errors['']} />
      <p class="muted">{t('audit.filter.hint')}</p>
      <Field name="who" label={t('audit.filter.who')} type="email" value={values.who} error={errors.who} autocomplete="off" />
      <Field name="action" label={t('audit.filter.action')} value={values.action} error={errors.action} />
      <Field name="record" label={t('audit.filter.record')} value={values.record} error={errors.record} />
      <Field name="from" label={t('audit.filter.from')} type="date" value={values.from} error={errors.from} />
      <Field name="to" label={t('audit.filter.to')} type="date" value={values.to} error={errors.to} />
      <button type="submit">{t('audit.filter')}</button>
    </form>
  );
}

/** The audit trail, readable: a filter, the events newest first with what changed, and the next page. */
export function AuditTrailPage({ viewer, title, path, zoneNote, values, errors, events, actorNames, nextHref }: AuditTrailProps) {
  return (
    <Layout title={title} viewer={viewer}>
      <p>{zoneNote}</p>
      <FilterForm path={path} values={values} errors={errors} />
      {events && !events.length && <p role="status">{t('audit.none')}</p>}
      {events && events.length > 0 && (
        // A heading rather than a caption: a phone's stacked table squeezes a caption into one narrow column.
        <section aria-labelledby="audit-events">
          <h2 id="audit-events">{t('audit.events')}</h2>
          <table aria-labelledby="audit-events">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.record')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <EventRow key={event.id} event={event} path={path} actorNames={actorNames} />
              ))}
            </tbody>
          </table>
        </section>
      )}
      <NextPageLink href={nextHref} />
    </Layout>
  );
}
