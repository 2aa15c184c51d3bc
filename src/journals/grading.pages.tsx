import { formatDateTime } from '../web/dates';
import { CsrfField, Field, FormError, Layout, NextPageLink, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { Rubric } from './journal-rules';
import { JournalOutcome, JournalSubmissionStatus } from './journal-status';
import { JournalGrade, JournalSubmission, JournalSubmissionVersion } from './journals.models';

/** A submission awaiting a grade, with its cohort's name and zone. */
export interface QueuedJournal {
  journal: JournalSubmission;
  cohortName: string;
  timeZone: string;
}

/** Whether this viewer grades the journal: the cohort's faculty read its text (see journalTextView), and nobody grades their own. */
export function gradesIt(viewer: Viewer, journal: JournalSubmission): boolean {
  return journal.showText && journal.participant.id !== viewer.user.id;
}

export interface GradingQueueProps {
  viewer: Viewer;
  queue: QueuedJournal[];
  notice?: string;
  /** The next page of the queue, when there is one. */
  nextHref: string | null;
}

export function GradingQueuePage({ viewer, queue, notice, nextHref }: GradingQueueProps) {
  return (
    <Layout title={t('grading.title')} viewer={viewer}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {queue.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('grading.participant')}</th>
              <th scope="col">{t('grading.assignment')}</th>
              <th scope="col">{t('grading.cohort')}</th>
              <th scope="col">{t('grading.submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map(({ journal, cohortName, timeZone }) => {
              const names = { assignment: journal.assignment.title, participant: journal.participant.fullName };
              return (
                <tr key={journal.id}>
                  <td>{journal.participant.fullName}</td>
                  <td>
                    <a href={`/submissions/${journal.id}`} aria-label={t(gradesIt(viewer, journal) ? 'grading.open' : 'grading.view', names)}>
                      {journal.assignment.title}
                    </a>
                  </td>
                  <td>{cohortName}</td>
                  <td>
                    {journal.submittedAt && formatDateTime(journal.submittedAt, timeZone)}
                    {journal.late ? ` (${t('grading.late')})` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p>{t('grading.none')}</p>
      )}
      <NextPageLink href={nextHref} />
    </Layout>
  );
}

/** What the grade form shows again after a refusal. */
export interface GradeDraft {
  outcome: string;
  feedback: string;
  score: string;
  rubric: Record<string, string>;
}

export interface SubmissionPageProps {
  viewer: Viewer;
  journal: JournalSubmission;
  versions: JournalSubmissionVersion[];
  grades: JournalGrade[];
  timeZone: string;
  draft?: GradeDraft;
  errors?: Record<string, string>;
}

const STATUS_NOTES = {
  [JournalSubmissionStatus.DRAFT]: 'grading.notSubmitted',
  [JournalSubmissionStatus.SUBMITTED]: 'grading.awaiting',
  [JournalSubmissionStatus.NEEDS_REVISION]: 'grading.returned',
  [JournalSubmissionStatus.SATISFACTORY]: 'grading.accepted',
} as const;

const outcomeName = (outcome: JournalOutcome) => t(outcome === JournalOutcome.SATISFACTORY ? 'grading.satisfactory' : 'grading.needsRevision');

/** A submission as faculty grade it: the text, earlier versions and their grades, the rubric, outcome and feedback. */
export function SubmissionPage({ viewer, journal, versions, grades, timeZone, draft, errors = {} }: SubmissionPageProps) {
  const latest = versions[versions.length - 1];
  const earlier = versions.slice(0, -1).reverse();
  const gradeOf = (version: JournalSubmissionVersion) => grades.find((grade) => grade.gradedVersion === version.version);
  const rubric = journal.assignment.rubric as Rubric | null;
  const names = { assignment: latest?.title ?? journal.assignment.title, participant: journal.participant.fullName };
  // A refused grade keeps its form, even when the journal moved on meanwhile: nothing typed is lost.
  const showForm = gradesIt(viewer, journal) && (journal.status === JournalSubmissionStatus.SUBMITTED || draft !== undefined);
  return (
    <Layout title={t('grading.by', names)} viewer={viewer}>
      <p class="notice">{t(STATUS_NOTES[journal.status])}</p>
      <section aria-labelledby="prompt">
        <h2 id="prompt">{t('grading.prompt')}</h2>
        <pre class="text">{journal.prompt}</pre>
      </section>
      {latest && (
        <section aria-labelledby="text">
          <h2 id="text">{t('grading.text', { attempt: latest.attempt })}</h2>
          <p class="muted">{formatDateTime(latest.submittedAt, timeZone)}</p>
          <VersionText version={latest} />
          <GradeSummary grade={gradeOf(latest)} rubric={rubric} timeZone={timeZone} />
        </section>
      )}
      {earlier.length > 0 && (
        <section aria-labelledby="earlier">
          <h2 id="earlier">{t('grading.earlier')}</h2>
          {earlier.map((version) => (
            <details key={version.attempt}>
              <summary>{t('grading.version', { attempt: version.attempt, when: formatDateTime(version.submittedAt, timeZone) })}</summary>
              <VersionText version={version} />
              <GradeSummary grade={gradeOf(version)} rubric={rubric} timeZone={timeZone} />
            </details>
          ))}
        </section>
      )}
      {showForm && <GradeForm viewer={viewer} journal={journal} rubric={rubric} draft={draft} errors={errors} />}
      {journal.status === JournalSubmissionStatus.SUBMITTED && !gradesIt(viewer, journal) && (
        <p>{t(journal.participant.id === viewer.user.id ? 'grading.ownJournal' : 'grading.facultyOnly')}</p>
      )}
      <p>
        <a href="/grading">{t('grading.back')}</a>
      </p>
    </Layout>
  );
}

/** The text, or why this viewer does not read it (the service leaves it out for anyone but the author and faculty). */
function VersionText({ version }: { version: JournalSubmissionVersion }) {
  return version.body === null ? <p class="muted">{t('grading.textHidden')}</p> : <pre class="text">{version.body}</pre>;
}

function GradeSummary({ grade, rubric, timeZone }: { grade?: JournalGrade; rubric: Rubric | null; timeZone: string }) {
  if (!grade) return null;
  const choices = (grade.rubricLevels ?? []).map(({ criterion, level }) => {
    const found = rubric?.criteria.find((candidate) => candidate.key === criterion);
    return { criterion: found?.title ?? criterion, level: found?.levels.find((candidate) => candidate.key === level)?.title ?? level };
  });
  return (
    <div class="card">
      <p>{t('grading.graded', { outcome: outcomeName(grade.outcome), when: formatDateTime(grade.gradedAt, timeZone), grader: grade.grader.fullName })}</p>
      {grade.score !== null && <p>{t('grading.scored', { score: grade.score })}</p>}
      {choices.length > 0 && (
        <ul>
          {choices.map((choice) => (
            <li key={choice.criterion}>{t('grading.rubricChoice', choice)}</li>
          ))}
        </ul>
      )}
      {grade.feedback !== null && <pre class="text">{grade.feedback}</pre>}
    </div>
  );
}

/** Errors the form places beside their fields; any other reason (a stale version, a rubric choice) is said at the top. */
const PLACED = ['outcome', 'feedback', 'score'];

function GradeForm({ viewer, journal, rubric, draft, errors }: { viewer: Viewer; journal: JournalSubmission; rubric: Rubric | null; draft?: GradeDraft; errors: Record<string, string> }) {
  const unplaced = Object.entries(errors).filter(([field]) => !PLACED.includes(field));
  return (
    <form method="post" action={`/submissions/${journal.id}/grade`} class="card">
      <CsrfField token={viewer.csrfToken} />
      <input type="hidden" name="version" value={String(journal.version)} />
      <FormError message={unplaced.map(([, reason]) => reason).join('; ') || undefined} />
      {rubric && rubric.criteria.length > 0 && (
        <>
          <h2>{t('grading.rubric')}</h2>
          {rubric.criteria.map((criterion) => (
            <RadioGroup
              key={criterion.key}
              name={`rubric.${criterion.key}`}
              legend={criterion.title}
              value={draft?.rubric[criterion.key]}
              options={criterion.levels.map((level) => [level.key, level.points === null || level.points === undefined ? level.title : `${level.title} (${level.points})`])}
            />
          ))}
        </>
      )}
      <RadioGroup
        name="outcome"
        legend={t('grading.outcome')}
        value={draft?.outcome}
        error={errors.outcome}
        options={[
          [JournalOutcome.SATISFACTORY, t('grading.satisfactory')],
          [JournalOutcome.NEEDS_REVISION, t('grading.needsRevision')],
        ]}
      />
      <Field name="feedback" label={t('grading.feedback')} multiline value={draft?.feedback} error={errors.feedback} />
      <Field name="score" label={t('grading.score')} type="number" min={0} value={draft?.score} error={errors.score} />
      <button type="submit">{t('grading.save')}</button>
    </form>
  );
}

/** One choice among a few, each option on its own line so long level names wrap whole on a phone. */
function RadioGroup(props: { name: string; legend: string; value?: string; error?: string; options: [string, string][] }) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset class="radio" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <div key={value}>
          <input type="radio" id={`${props.name}-${value}`} name={props.name} value={value} checked={props.value === value} />
          <label for={`${props.name}-${value}`}>{label}</label>
        </div>
      ))}
      {props.error && (
        <p class="error" id={errorId}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
