import { SessionEntity } from '../curriculum/session.entity';
import { formatDateTime } from '../web/dates';
import { CsrfField, Field, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { FormState } from '../web/sign-in.pages';
import { SessionNoteEntity } from './session-note.entity';

export interface SessionNotesProps {
  viewer: Viewer;
  session: SessionEntity;
  timeZone: string;
  notes: SessionNoteEntity[];
  saved?: boolean;
  draft?: FormState;
}

export function SessionNotesPage({ viewer, session, timeZone, notes, saved, draft = {} }: SessionNotesProps) {
  return (
    <Layout title={t('notes.title', { session: session.title })} viewer={viewer}>
      <p>
        {formatDateTime(session.startsAt, timeZone)} · <span class="muted">{t('notes.intro')}</span>
      </p>
      {saved && (
        <p class="notice" role="status">
          {t('notes.saved')}
        </p>
      )}
      {notes.length ? (
        notes.map((note) => (
          <article key={note.id} class="card">
            <p class="muted">{t('notes.by', { author: note.author?.fullName ?? '', when: formatDateTime(new Date(note.createdAt), timeZone) })}</p>
            <pre class="text">{note.body}</pre>
          </article>
        ))
      ) : (
        <p>{t('notes.none')}</p>
      )}
      <form method="post" action={`/sessions/${session.id}/notes`} class="card">
        <CsrfField token={viewer.csrfToken} />
        <Field name="body" label={t('notes.note')} multiline required value={draft.values?.body} error={draft.errors?.body} />
        <button type="submit">{t('notes.add')}</button>
      </form>
      <p>
        <a href={`/attendance/${session.id}`}>{t('notes.attendance')}</a>
      </p>
    </Layout>
  );
}
