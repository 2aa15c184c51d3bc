import { CohortEntity } from '../programs/cohort.entity';
import { formatDay } from '../web/dates';
import { Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { Progress, RequirementProgress } from './completion.models';

export interface CohortProgress {
  cohort: CohortEntity;
  /** The viewer's own, as a participant. */
  own?: Progress;
  /** The participants the viewer may follow, as staff. */
  participants?: Progress[];
}

/** Minutes as hours; counts as they are. */
function amount(requirement: Pick<RequirementProgress, 'kind'>, value: number): string {
  return requirement.kind.endsWith('_MINUTES') ? t('progress.hours', { hours: (value / 60).toFixed(1).replace(/\.0$/, '') }) : String(value);
}

const nameOf = (requirement: RequirementProgress) => requirement.label ?? t(`progress.kind.${requirement.kind}`);

export function ProgressPage({ viewer, cohorts }: { viewer: Viewer; cohorts: CohortProgress[] }) {
  return (
    <Layout title={t('progress.title')} viewer={viewer}>
      {cohorts.length ? (
        cohorts.map(({ cohort, own, participants }) => (
          <section key={cohort.id} aria-labelledby={`cohort-${cohort.id}`}>
            <h2 id={`cohort-${cohort.id}`}>{cohort.name}</h2>
            {own && <OwnProgress progress={own} />}
            {participants && <ParticipantsProgress participants={participants} />}
          </section>
        ))
      ) : (
        <p>{t('progress.none')}</p>
      )}
    </Layout>
  );
}

function OwnProgress({ progress }: { progress: Progress }) {
  if (!progress.requirements.length) return <p>{t('progress.noRequirements')}</p>;
  return (
    <>
      {progress.withdrawnOn && <p class="notice">{t('progress.withdrawn', { day: formatDay(progress.withdrawnOn) })}</p>}
      {progress.eligible && (
        <p class="notice" role="status">
          {t('progress.eligible')}
        </p>
      )}
      <table>
        <caption>{t('progress.yours')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.requirement')}</th>
            <th scope="col">{t('progress.achieved')}</th>
            <th scope="col">{t('progress.needed')}</th>
            <th scope="col">{t('progress.state')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.requirements.map((requirement) => (
            <tr key={requirement.requirementId}>
              <td>{nameOf(requirement)}</td>
              <td>{amount(requirement, requirement.achieved)}</td>
              <td>{amount(requirement, requirement.threshold)}</td>
              <td>{requirement.waived ? t('progress.waived') : requirement.met ? t('progress.met') : t('progress.notYet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ParticipantsProgress({ participants }: { participants: Progress[] }) {
  const requirements = participants[0]?.requirements ?? [];
  if (!participants.length) return <p>{t('progress.none')}</p>;
  return (
    <table>
      <caption>{t('progress.participants')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('progress.participant')}</th>
          {requirements.map((requirement) => (
            <th scope="col" key={requirement.requirementId}>
              {nameOf(requirement)} ({amount(requirement, requirement.threshold)})
            </th>
          ))}
          <th scope="col">{t('progress.complete')}</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((participant) => (
          <tr key={participant.user.id}>
            <th scope="row">
              {participant.user.fullName}
              {participant.withdrawnOn && <span class="muted"> · {t('progress.withdrawn', { day: formatDay(participant.withdrawnOn) })}</span>}
            </th>
            {participant.requirements.map((requirement) => (
              <td key={requirement.requirementId}>
                {amount(requirement, requirement.achieved)}
                {requirement.waived ? ` (${t('progress.waived')})` : ''}
              </td>
            ))}
            <td>{participant.eligible ? t('progress.yes') : t('progress.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
