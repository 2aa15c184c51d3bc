import { CohortEntity } from '../programs/cohort.entity';
import { formatDateTime } from '../web/dates';
import { Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { SessionEntity } from './session.entity';

export interface CohortSchedule {
  cohort: CohortEntity;
  sessions: SessionEntity[];
}

export function SchedulePage({ viewer, schedules, now }: { viewer: Viewer; schedules: CohortSchedule[]; now: Date }) {
  return (
    <Layout title={t('schedule.title')} viewer={viewer}>
      {schedules.length ? schedules.map((schedule) => <CohortSessions key={schedule.cohort.id} schedule={schedule} now={now} />) : <p>{t('schedule.none')}</p>}
    </Layout>
  );
}

function CohortSessions({ schedule, now }: { schedule: CohortSchedule; now: Date }) {
  const upcoming = schedule.sessions.filter((session) => endOf(session) > now);
  const earlier = schedule.sessions.filter((session) => endOf(session) <= now).reverse();
  return (
    <section aria-labelledby={`cohort-${schedule.cohort.id}`}>
      <h2 id={`cohort-${schedule.cohort.id}`}>{schedule.cohort.name}</h2>
      {schedule.sessions.length ? (
        <>
          <SessionTable caption={t('schedule.upcoming')} sessions={upcoming} timeZone={schedule.cohort.timeZone} />
          <SessionTable caption={t('schedule.earlier')} sessions={earlier} timeZone={schedule.cohort.timeZone} />
        </>
      ) : (
        <p>{t('schedule.empty')}</p>
      )}
    </section>
  );
}

function SessionTable({ caption, sessions, timeZone }: { caption: string; sessions: SessionEntity[]; timeZone: string }) {
  if (!sessions.length) return null;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('schedule.when')}</th>
          <th scope="col">{t('schedule.session')}</th>
          <th scope="col">{t('schedule.where')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <td>
              {formatDateTime(session.startsAt, timeZone)}
              <br />
              <span class="muted">{t('schedule.minutes', { minutes: session.durationMinutes })}</span>
            </td>
            <td>
              {session.title}
              {session.cancelledAt && <strong> · {t('schedule.cancelled')}</strong>}
              {session.optional && <span class="muted"> · {t('schedule.optional')}</span>}
            </td>
            <td>
              {session.location}
              {session.joinUrl && !session.cancelledAt && (
                <a href={session.joinUrl} rel="noopener noreferrer">
                  {t('schedule.join', { title: session.title })}
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function endOf(session: SessionEntity): Date {
  return new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
}
