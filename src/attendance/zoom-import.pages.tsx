import { CsrfField } from '../web/layout';
import { t } from '../web/messages';
import type { SheetEntry } from './attendance.pages';
import { AttendanceSheetRow } from './attendance.repository';
import { AttendanceMatch, AttendanceProposal } from './zoom-import.models';

/** A proposal shown on the attendance sheet: who is filled in, a note beside each person, and the rows left to staff. */
export interface ZoomSheetView {
  typed: Map<string, SheetEntry>;
  notes: Map<string, string>;
  unresolved: AttendanceProposal[];
}

/**
 * Fills in everyone matched by e-mail or name, with the status and minutes the report gives them;
 * AMBIGUOUS and UNMATCHED rows fill in nobody, and only note their candidates.
 */
export function zoomSheetView(proposals: AttendanceProposal[], rows: AttendanceSheetRow[]): ZoomSheetView {
  const typed = new Map<string, SheetEntry>();
  const notes = new Map<string, string[]>();
  const note = (userId: string, text: string) => notes.set(userId, [...(notes.get(userId) ?? []), text]);
  for (const proposal of proposals) {
    const values = { minutes: proposal.minutes, lines: proposal.rows.join(', '), name: proposal.name };
    if (proposal.user) {
      typed.set(proposal.user.id, { status: proposal.status, minutes: String(proposal.minutesAttended) });
      const how = t(proposal.match === AttendanceMatch.EMAIL ? 'zoom.match.EMAIL' : 'zoom.match.NAME');
      note(proposal.user.id, t(proposal.status === 'PRESENT' ? 'zoom.note.matched' : 'zoom.note.underMinimum', { ...values, how }));
    }
    for (const candidate of proposal.candidates) note(candidate.id, t('zoom.note.maybe', { ...values, email: candidate.email ?? '' }));
  }
  for (const row of rows) if (!notes.has(row.userId)) note(row.userId, t('zoom.note.missing'));
  return {
    typed,
    notes: new Map([...notes].map(([userId, texts]) => [userId, texts.join('; ')])),
    unresolved: proposals.filter((proposal) => !proposal.user),
  };
}

/** The file input's name on the attendance page. */
export const REPORT_FIELD = 'report';

/** The upload that proposes the sheet from a Zoom participant report. */
export function ZoomUploadForm({ sessionId, csrfToken, error }: { sessionId: string; csrfToken: string; error?: string }) {
  const id = 'field-report';
  return (
    <section aria-labelledby="zoom-heading">
      <h2 id="zoom-heading">{t('zoom.heading')}</h2>
      <form method="post" action={`/attendance/${sessionId}/zoom`} enctype="multipart/form-data">
        <CsrfField token={csrfToken} />
        <label for={id}>{t('zoom.report')}</label>
        <input
          id={id}
          name={REPORT_FIELD}
          type="file"
          accept=".csv,text/csv"
          required
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        />
        {error && (
          <p class="error" id={`${id}-error`}>
            {error}
          </p>
        )}
        <p class="muted" id={`${id}-hint`}>
          {t('zoom.hint')}
        </p>
        <button type="submit">{t('zoom.propose')}</button>
      </form>
    </section>
  );
}

/** What was filled in, and the report's rows nobody was credited for, with why. */
export function ZoomProposalSummary({ view }: { view: ZoomSheetView }) {
  return (
    <p class="notice" role="status">
      {t('zoom.proposed', { prefilled: view.typed.size, unresolved: view.unresolved.length })}
    </p>
  );
}

export function ZoomUnresolvedRows({ rows }: { rows: AttendanceProposal[] }) {
  if (!rows.length) return null;
  return (
    <section aria-labelledby="zoom-unresolved">
      <h2 id="zoom-unresolved">{t('zoom.unresolved')}</h2>
      <p class="muted">{t('zoom.unresolvedHint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('zoom.column.name')}</th>
            <th scope="col">{t('zoom.column.lines')}</th>
            <th scope="col">{t('zoom.column.minutes')}</th>
            <th scope="col">{t('zoom.column.why')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <td class="break">
                {row.name}
                {row.email && <div class="muted">{row.email}</div>}
              </td>
              <td>{row.rows.join(', ')}</td>
              <td>{row.minutes}</td>
              <td>
                {row.reason}
                {row.candidates.length > 0 && <div>{t('zoom.candidates', { names: row.candidates.map((candidate) => t('zoom.candidate', { name: candidate.fullName, email: candidate.email ?? '' })).join(', ') })}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
