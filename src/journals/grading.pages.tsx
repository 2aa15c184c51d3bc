import { formatDateTime } from '../web/dates';
import { CsrfField, Field, FormError, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { RubricCriterion } from './journal-rules';
import { JournalSubmissionStatus } from './journal-status';
import { JournalGrade, JournalSubmission, JournalSubmissionVersion } from './journals.models';

/** A submission awaiting a grade, with its cohort's name and zone. */
export interface QueuedJournal {
  journal: JournalSubmission;
  cohortName: string;
  timeZone: string;
}

export function GradingQueuePage({ viewer, queue, notice }: { viewer: Viewer; queue: QueuedJournal[]; notice?: string }) {
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
            {queue.map(({ journal, cohortName, timeZone }) => (
              <tr key={journal.id}>
                <td>{journal.participant.fullName}</td>
                <td>
                  <a href={`/submissions/${journal.id}`} aria-label={t('grading.open', { assignment: journal.assignment.title, participant: journal.participant.fullName })}>
                    {journal.assignment.title}
                  </a>
                </td>
                <td>{cohortName}</td>
                <td>
                  {journal.submittedAt && formatDateTime(journal.submittedAt, timeZone)}
                  {journal.late ? ` (${t('grading.late')})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('grading.none')}</p>
      )}
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

/** A submission as faculty grade it: the text, earlier versions and their grades, the rubric, outcome and feedback. */
export function SubmissionPage({ viewer, journal, versions, grades, timeZone, draft, errors = {} }: SubmissionPageProps) {
  const latest = versions[versions.length - 1];
  const earlier = versions.slice(0, -1).reverse();
  const awaiting = journal.status === JournalSubmissionStatus.SUBMITTED;
  return (
    <Layout title={t('grading.by', { assignment: journal.assignment.title, participant: journal.participant.fullName })} viewer={viewer}>
      <section aria-labelledby="prompt">
        <h2 id="prompt">{t('grading.prompt')}</h2>
        <pre class="text">{journal.prompt}</pre>
      </section>
      {latest && (
        <section aria-labelledby="text">
          <h2 id="text">{t('grading.text', { attempt: latest.attempt })}</h2>
          <p class="muted">{formatDateTime(latest.submittedAt, timeZone)}</p>
          <pre class="text">{latest.body}</pre>
        </section>
      )}
      {earlier.length > 0 && (
        <section aria-labelledby="earlier">
          <h2 id="earlier">{t('grading.earlier')}</h2>
          {earlier.map((version) => {
            const grade = grades.find((candidate) => candidate.gradedVersion === version.version);
            return (
              <details key={version.attempt}>
                <summary>{t('grading.version', { attempt: version.attempt, when: formatDateTime(version.submittedAt, timeZone) })}</summary>
                <pre class="text">{version.body}</pre>
                {grade && <p>{t('grading.earlierGrade', { outcome: grade.outcome === 'SATISFACTORY' ? t('grading.satisfactory') : t('grading.needsRevision'), feedback: grade.feedback ?? '' })}</p>}
              </details>
            );
          })}
        </section>
      )}
      {awaiting ? (
        <GradeForm viewer={viewer} journal={journal} draft={draft} errors={errors} />
      ) : (
        <p class="notice">{t('grading.notAwaiting', { status: journal.status })}</p>
      )}
      <p>
        <a href="/grading">{t('grading.back')}</a>
      </p>
    </Layout>
  );
}

function GradeForm({ viewer, journal, draft, errors }: { viewer: Viewer; journal: JournalSubmission; draft?: GradeDraft; errors: Record<string, string> }) {
  const criteria = (journal.assignment.rubric?.criteria ?? []) as RubricCriterion[];
  return (
    <form method="post" action={`/submissions/${journal.id}/grade`} class="card">
      <CsrfField token={viewer.csrfToken} />
      <input type="hidden" name="version" value={String(journal.version)} />
      <FormError message={errors[''] ?? errors.version} />
      {criteria.length > 0 && (
        <>
          <h2>{t('grading.rubric')}</h2>
          {criteria.map((criterion) => (
            <RadioGroup
              key={criterion.key}
              name={`rubric.${criterion.key}`}
              legend={criterion.title}
              value={draft?.rubric[criterion.key]}
              options={criterion.levels.map((level) => [level.key, level.points === null || level.points === undefined ? level.title : `${level.title} (${level.points})`])}
            />
          ))}
          {errors.rubricLevels && <p class="error">{errors.rubricLevels}</p>}
        </>
      )}
      <RadioGroup
        name="outcome"
        legend={t('grading.outcome')}
        value={draft?.outcome}
        error={errors.outcome}
        options={[
          ['SATISFACTORY', t('grading.satisfactory')],
          ['NEEDS_REVISION', t('grading.needsRevision')],
        ]}
      />
      <Field name="feedback" label={t('grading.feedback')} multiline value={draft?.feedback} error={errors.feedback} />
      <Field name="score" label={t('grading.score')} type="number" min={0} value={draft?.score} error={errors.score} />
      <button type="submit">{t('grading.save')}</button>
    </form>
  );
}

function RadioGroup(props: { name: string; legend: string; value?: string; error?: string; options: [string, string][] }) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset class="radio" aria-describedby={props.error ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <span key={value}>
          <input type="radio" id={`${props.name}-${value}`} name={props.name} value={value} checked={props.value === value} />
          <label for={`${props.name}-${value}`}>{label}</label>
        </span>
      ))}
      {props.error && (
        <p class="error" id={errorId}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
