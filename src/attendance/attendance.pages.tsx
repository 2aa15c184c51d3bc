import { SessionEntity } from '../curriculum/session.entity';
import { formatDateTime } from '../web/dates';
import { CsrfField, FormError, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { AttendanceStatus } from './attendance-status';
import { AttendanceSheetRow, SessionToTake } from './attendance.repository';
import { ZoomProposalSummary, ZoomSheetView, ZoomUnresolvedRows, ZoomUploadForm } from './zoom-import.pages';

export function SessionsToTakePage({ viewer, sessions }: { viewer: Viewer; sessions: SessionToTake[] }) {
  return (
    <Layout title={t('attendance.title')} viewer={viewer}>
      {sessions.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('attendance.session')}</th>
              <th scope="col">{t('attendance.cohort')}</th>
              <th scope="col">{t('attendance.when')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <td>
                  <a href={`/attendance/${session.id}`}>{session.title}</a>
                </td>
                <td>{session.cohortName}</td>
                <td>{formatDateTime(new Date(session.startsAt), session.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('attendance.none')}</p>
      )}
    </Layout>
  );
}

/** What the sheet shows for each person: as recorded, or as just typed when a save was refused. */
export interface SheetEntry {
  status: string;
  minutes: string;
}

export interface SheetProps {
  viewer: Viewer;
  session: SessionEntity;
  timeZone: string;
  rows: AttendanceSheetRow[];
  typed?: Map<string, SheetEntry>;
  errors?: Record<string, string>;
  saved?: boolean;
  /** A Zoom report's proposal, filling in the sheet for staff to check before they save. */
  zoom?: ZoomSheetView;
}

export function AttendanceSheetPage({ viewer, session, timeZone, rows, typed, errors = {}, saved, zoom }: SheetProps) {
  const filledIn = typed ?? zoom?.typed;
  const entryOf = (row: AttendanceSheetRow): SheetEntry =>
    filledIn?.get(row.userId) ?? { status: row.status ?? '', minutes: row.minutesAttended === null ? '' : String(row.minutesAttended) };
  return (
    <Layout title={`${t('attendance.title')}: ${session.title}`} viewer={viewer}>
      <p>{formatDateTime(session.startsAt, timeZone)}</p>
      {saved && (
        <p class="notice" role="status">
          {t('attendance.saved')}
        </p>
      )}
      {zoom && <ZoomProposalSummary view={zoom} />}
      <FormError message={errors.sessionId ?? errors.entries} />
      {rows.length > 0 && <ZoomUploadForm sessionId={session.id} csrfToken={viewer.csrfToken} error={errors.csv} />}
      {zoom && <ZoomUnresolvedRows rows={zoom.unresolved} />}
      {rows.length ? (
        <form method="post" action={`/attendance/${session.id}`}>
          <CsrfField token={viewer.csrfToken} />
          <p class="muted">{t('attendance.minutesHint')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('attendance.person')}</th>
                <th scope="col">{t('attendance.status')}</th>
                <th scope="col">{t('attendance.minutes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <SheetRow key={row.userId} row={row} index={index} entry={entryOf(row)} errors={errors} note={zoom?.notes.get(row.userId)} />
              ))}
            </tbody>
          </table>
          <button type="submit">{t('attendance.save')}</button>
        </form>
      ) : (
        <p>{t('attendance.nobody')}</p>
      )}
      <p>
        <a href={`/sessions/${session.id}/notes`}>{t('attendance.notes')}</a>
        {' · '}
        <a href="/attendance">{t('attendance.back')}</a>
      </p>
    </Layout>
  );
}

interface SheetRowProps {
  row: AttendanceSheetRow;
  index: number;
  entry: SheetEntry;
  errors: Record<string, string>;
  /** What a Zoom report said of the person. */
  note?: string;
}

function SheetRow({ row, index, entry, errors, note }: SheetRowProps) {
  const field = (name: string) => `entries.${index}.${name}`;
  const problem = errors[field('status')] ?? errors[field('userId')];
  const minutesProblem = errors[field('minutesAttended')];
  const describedBy = [problem && `status-${index}-error`, note && `note-${index}`].filter(Boolean).join(' ') || undefined;
  return (
    <tr>
      <td>
        <input type="hidden" name={field('userId')} value={row.userId} />
        {row.fullName}
        {note && (
          <div class="muted" id={`note-${index}`}>
            {note}
          </div>
        )}
      </td>
      <td>
        <label class="visually-hidden" for={`status-${index}`}>
          {t('attendance.statusFor', { name: row.fullName })}
        </label>
        <select id={`status-${index}`} name={field('status')} aria-invalid={problem ? 'true' : undefined} aria-describedby={describedBy}>
          <option value="">{t('attendance.notRecorded')}</option>
          {Object.values(AttendanceStatus).map((status) => (
            <option key={status} value={status} selected={entry.status === status}>
              {t(`attendance.status.${status}`)}
            </option>
          ))}
        </select>
        {problem && (
          <p class="error" id={`status-${index}-error`}>
            {problem}
          </p>
        )}
      </td>
      <td>
        <label for={`minutes-${index}`}>
          {t('attendance.minutes')}
          <span class="visually-hidden">{t('attendance.minutesFor', { name: row.fullName })}</span>
        </label>
        <input
          id={`minutes-${index}`}
          name={field('minutesAttended')}
          type="number"
          min={0}
          value={entry.minutes}
          aria-invalid={minutesProblem ? 'true' : undefined}
          aria-describedby={minutesProblem ? `minutes-${index}-error` : undefined}
        />
        {minutesProblem && (
          <p class="error" id={`minutes-${index}-error`}>
            {minutesProblem}
          </p>
        )}
      </td>
    </tr>
  );
}
