import { CohortEntity } from '../programs/cohort.entity';
import { formatDateTime } from '../web/dates';
import { CsrfField, Field, FormError, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { JournalSubmissionStatus } from './journal-status';
import { JournalAssignment, JournalGrade, JournalSubmission, JournalSubmissionVersion } from './journals.models';

export interface CohortJournals {
  cohort: CohortEntity;
  assignments: JournalAssignment[];
  /** The participant's own journals, by assignment. */
  journals: Map<string, JournalSubmission>;
}

const statusOf = (journal?: JournalSubmission) => t(`journal.status.${journal?.status ?? 'NOT_STARTED'}`);

export function JournalListPage({ viewer, cohorts }: { viewer: Viewer; cohorts: CohortJournals[] }) {
  return (
    <Layout title={t('journal.title')} viewer={viewer}>
      {cohorts.length ? cohorts.map((entry) => <CohortJournalTable key={entry.cohort.id} entry={entry} />) : <p>{t('journal.none')}</p>}
    </Layout>
  );
}

function CohortJournalTable({ entry }: { entry: CohortJournals }) {
  return (
    <section aria-labelledby={`cohort-${entry.cohort.id}`}>
      <h2 id={`cohort-${entry.cohort.id}`}>{entry.cohort.name}</h2>
      {entry.assignments.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('journal.assignment')}</th>
              <th scope="col">{t('journal.due')}</th>
              <th scope="col">{t('journal.status')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.assignments.map((assignment) => (
              <tr key={assignment.id}>
                <td>
                  <a href={`/journals/${assignment.id}`}>{assignment.title}</a>
                </td>
                <td>{formatDateTime(assignment.dueAt, entry.cohort.timeZone)}</td>
                <td>{statusOf(entry.journals.get(assignment.id))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('journal.noAssignments')}</p>
      )}
    </section>
  );
}

export interface JournalPageProps {
  viewer: Viewer;
  cohort: CohortEntity;
  assignment: JournalAssignment;
  /** The participant's later due date, when an extension was granted. */
  extendedTo?: Date;
  journal?: JournalSubmission;
  versions: JournalSubmissionVersion[];
  grades: JournalGrade[];
  notice?: string;
  /** What was typed when a save was refused, and why. */
  typed?: string;
  errors?: Record<string, string>;
}

/** Errors the form says beside the text; any other reason is said at the top of the form. */
const PLACED = ['body'];

/** One assignment as its participant works on it: the prompt, the text (drafts save themselves), feedback and history. */
export function JournalPage(props: JournalPageProps) {
  const { viewer, cohort, assignment, extendedTo, journal, notice, errors = {} } = props;
  const editable = journal?.status !== JournalSubmissionStatus.SUBMITTED && journal?.status !== JournalSubmissionStatus.SATISFACTORY;
  const latestGrade = props.grades[props.grades.length - 1];
  // Lateness is decided by the first submission, so the warning matters only until then.
  const pastDue = editable && !journal?.firstSubmittedAt && (extendedTo ?? assignment.dueAt).getTime() < Date.now();
  const unplaced = Object.entries(errors).filter(([field]) => !PLACED.includes(field));
  return (
    <Layout title={assignment.title} viewer={viewer}>
      <p>
        {t('journal.dueOn', { when: formatDateTime(assignment.dueAt, cohort.timeZone) })}
        {extendedTo && ` · ${t('journal.extendedTo', { when: formatDateTime(extendedTo, cohort.timeZone) })}`}
      </p>
      <p>
        {t('journal.statusIs', { status: statusOf(journal) })}
        {journal?.late ? ` (${t('journal.late')})` : ''}
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <section aria-labelledby="prompt">
        <h2 id="prompt">{t('journal.prompt')}</h2>
        <pre class="text">{journal?.prompt ?? assignment.prompt}</pre>
        <p class="muted">{t('journal.expected', { minutes: assignment.expectedMinutes })}</p>
      </section>
      {latestGrade && <Feedback grade={latestGrade} timeZone={cohort.timeZone} />}
      {editable || props.typed !== undefined ? (
        <form method="post" action={`/journals/${assignment.id}/submit`} data-autosave={`/journals/${assignment.id}/draft`}>
          <CsrfField token={viewer.csrfToken} />
          <FormError message={unplaced.map(([, reason]) => reason).join('; ') || undefined} />
          {pastDue && <p class="muted">{t('journal.pastDue')}</p>}
          <Field name="body" label={t('journal.reflection')} multiline value={props.typed ?? journal?.body ?? ''} error={errors.body} />
          <p class="muted" role="status" data-autosave-status data-saved={t('journal.autosaved')} />
          <button type="submit" class="secondary" formaction={`/journals/${assignment.id}/draft`}>
            {t('journal.saveDraft')}
          </button>
          <button type="submit">{t('journal.submit')}</button>
        </form>
      ) : (
        <section aria-labelledby="submitted">
          <h2 id="submitted">{t('journal.yourText')}</h2>
          <pre class="text">{journal?.body}</pre>
        </section>
      )}
      <History versions={props.versions} grades={props.grades} timeZone={cohort.timeZone} />
      <p>
        <a href="/journals">{t('journal.back')}</a>
      </p>
    </Layout>
  );
}

function Feedback({ grade, timeZone }: { grade: JournalGrade; timeZone: string }) {
  return (
    <section aria-labelledby="feedback" class="card">
      <h2 id="feedback">{t('journal.feedback')}</h2>
      <p>
        <strong>{t(`journal.outcome.${grade.outcome}`)}</strong>
        {grade.score !== null && grade.score !== undefined ? ` · ${t('journal.score', { score: grade.score })}` : ''}
      </p>
      <pre class="text">{grade.feedback}</pre>
      <p class="muted">{t('journal.gradedBy', { grader: grade.grader.fullName, when: formatDateTime(grade.gradedAt, timeZone) })}</p>
    </section>
  );
}

function History({ versions, grades, timeZone }: { versions: JournalSubmissionVersion[]; grades: JournalGrade[]; timeZone: string }) {
  if (!versions.length) return null;
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('journal.history')}</h2>
      {[...versions].reverse().map((version) => {
        const grade = grades.find((candidate) => candidate.gradedVersion === version.version);
        return (
          <details key={version.attempt}>
            <summary>
              {t('journal.version', { attempt: version.attempt, when: formatDateTime(version.submittedAt, timeZone) })}
              {grade ? ` · ${t(`journal.outcome.${grade.outcome}`)}` : ''}
            </summary>
            <pre class="text">{version.body}</pre>
            {grade?.feedback && <pre class="text">{grade.feedback}</pre>}
          </details>
        );
      })}
    </section>
  );
}
