import { CeApproval } from '../ce/ce.models';
import { Layout, Viewer } from '../web/layout';
import { MessageKey, t } from '../web/messages';

export interface ExportsPageProps {
  viewer: Viewer;
  cohortId: string;
  cohortName: string;
  approvals: CeApproval[];
}

/** The cohort's downloads, each named with what its rows are. */
const COHORT_FILES: { file: string; name: MessageKey; about: MessageKey }[] = [
  { file: 'progress.csv', name: 'exports.progress', about: 'exports.progress.about' },
  { file: 'attendance.csv', name: 'exports.attendance', about: 'exports.attendance.about' },
  { file: 'transcripts.csv', name: 'exports.transcripts', about: 'exports.transcripts.about' },
  { file: 'certificates.csv', name: 'exports.certificates', about: 'exports.certificates.about' },
];

/** Where an approval's roster downloads, in the board's layout or CE Broker's. */
function ceRosterPath(approvalId: string, ceBroker = false): string {
  return `/ce-approvals/${approvalId}/roster.csv${ceBroker ? '?layout=ce-broker' : ''}`;
}

export function ExportsPage({ viewer, cohortId, cohortName, approvals }: ExportsPageProps) {
  return (
    <Layout title={t('exports.title', { cohort: cohortName })} viewer={viewer}>
      <p>{t('exports.intro')}</p>
      <section aria-labelledby="cohort-files">
        <h2 id="cohort-files">{t('exports.cohortFiles')}</h2>
        <ul>
          {COHORT_FILES.map(({ file, name, about }) => (
            <li key={file}>
              <a href={`/cohorts/${cohortId}/exports/${file}`} download>
                {t(name)}
              </a>{' '}
              <span class="muted">({t(about)})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ce-rosters">
        <h2 id="ce-rosters">{t('exports.ceRosters')}</h2>
        <p>{t('exports.ceRosters.about')}</p>
        {approvals.length ? (
          <ul>
            {approvals.map((approval) => (
              <li key={approval.id}>
                <span class="break">
                  {approval.board} · {approval.approvalNumber}:
                </span>{' '}
                <a href={ceRosterPath(approval.id)} download aria-label={t('exports.rosterFor', { board: approval.board, number: approval.approvalNumber })}>
                  {t('exports.roster')}
                </a>
                {' · '}
                <a href={ceRosterPath(approval.id, true)} download aria-label={t('exports.ceBrokerFor', { board: approval.board, number: approval.approvalNumber })}>
                  {t('exports.ceBroker')}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('exports.noApprovals')}</p>
        )}
      </section>
      <p>
        <a href={`/cohorts/${cohortId}/manage`}>{t('exports.back')}</a>
      </p>
    </Layout>
  );
}
