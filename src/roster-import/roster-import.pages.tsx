import { CohortEntity } from '../programs/cohort.entity';
import { CsrfField, Layout, Viewer } from '../web/layout';
import { MessageKey, t } from '../web/messages';
import { ROSTER_LIMITS } from './roster-csv';
import { RosterImport, RosterImportRow } from './roster-import.models';

export interface RosterImportPageProps {
  viewer: Viewer;
  cohort: CohortEntity;
  /** What the last Check or Import did. */
  result?: RosterImport & { dryRun: boolean };
  /** Why the file itself was refused, shown beside the file field. */
  fileError?: string;
}

const FILE_FIELD_ID = 'field-roster';

/** A cohort's roster upload: choose a CSV, check it or import it, and read what each line does. */
/** The form's file field. */
export const ROSTER_FILE_FIELD = 'roster';

export function RosterImportPage({ viewer, cohort, result, fileError }: RosterImportPageProps) {
  return (
    <Layout title={t('rosterImport.title', { cohort: cohort.name })} viewer={viewer}>
      {result && <Outcome result={result} />}
      <p>{t('rosterImport.columns', { megabytes: ROSTER_LIMITS.bytes / (1024 * 1024), people: ROSTER_LIMITS.people.toLocaleString('en-US') })}</p>
      <p>{t('rosterImport.how')}</p>
      <form method="post" action={`/cohorts/${cohort.id}/roster-import`} encType="multipart/form-data" class="card">
        {/* First: the token must be read before a file too large stops the reading of the form. */}
        <CsrfField token={viewer.csrfToken} />
        <div>
          <label for={FILE_FIELD_ID}>{t('rosterImport.file')}</label>
          <input
            id={FILE_FIELD_ID}
            type="file"
            name={ROSTER_FILE_FIELD}
            accept=".csv,text/csv"
            required
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? `${FILE_FIELD_ID}-error` : undefined}
          />
          {fileError && (
            <p class="error" id={`${FILE_FIELD_ID}-error`}>
              {fileError}
            </p>
          )}
        </div>
        <button type="submit" name="apply" value="false" class="secondary">
          {t('rosterImport.check')}
        </button>
        <button type="submit" name="apply" value="true">
          {t('rosterImport.import')}
        </button>
      </form>
      {result && <Lines rows={result.rows} />}
      <p>
        <a href={`/cohorts/${cohort.id}/manage`}>{t('rosterImport.back', { cohort: cohort.name })}</a>
      </p>
    </Layout>
  );
}

function Outcome({ result }: { result: RosterImport & { dryRun: boolean } }) {
  const counts = { created: result.created, updated: result.updated, unchanged: result.unchanged, refused: result.refused.length };
  if (result.applied) {
    return (
      <p class="notice" role="status">
        {t('rosterImport.imported', counts)}
      </p>
    );
  }
  if (!result.dryRun) {
    return (
      <p class="error" role="alert">
        {t('rosterImport.notImported', counts)}
      </p>
    );
  }
  return (
    <p class="notice" role="status">
      {t('rosterImport.checked', counts)} {counts.refused ? '' : t('rosterImport.chooseAgain')}
    </p>
  );
}

function Lines({ rows }: { rows: RosterImportRow[] }) {
  return (
    <section aria-labelledby="roster-lines">
      <h2 id="roster-lines">{t('rosterImport.lines')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('rosterImport.line')}</th>
            <th scope="col">{t('rosterImport.email')}</th>
            <th scope="col">{t('rosterImport.name')}</th>
            <th scope="col">{t('rosterImport.role')}</th>
            <th scope="col">{t('rosterImport.result')}</th>
            <th scope="col">{t('rosterImport.details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td class="break">{row.email ?? ''}</td>
              <td class="break">{row.fullName ?? ''}</td>
              <td>{row.role ? t(`home.role.${row.role}` as MessageKey) : ''}</td>
              <td>{t(`rosterImport.action.${row.action}` as MessageKey)}</td>
              <td class="break">{[row.reason, ...row.changes, ...row.notes].filter(Boolean).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
