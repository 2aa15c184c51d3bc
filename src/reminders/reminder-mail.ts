import { OutgoingMail } from '../mail/outgoing-mail';
import { formatDateTime, formatDay } from '../web/dates';
import { CohortLateness, DIGEST_NAMES_PER_LIST, NamedCount, ReviewerSummary } from './reminder-rules';

/**
 * The reminders as short plain-text messages. They name a journal by its assignment's title and
 * people by name, link to the page, and never carry what anyone wrote (journal, feedback, practicum).
 */

const SENDER = 'IECMHC Consultant Training';

export interface Recipient {
  email: string;
  fullName: string;
}

function mail(to: Recipient, subject: string, lines: string[], baseUrl: string): OutgoingMail {
  const footer = [`You get reminders by e-mail from ${SENDER}. To stop them, untick "Send me reminders by e-mail" on your account page:`, `${baseUrl}/account`];
  return { to: to.email, subject, text: [`Hello ${to.fullName},`, '', ...lines, '', '-- ', ...footer].join('\n') };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function journalDueMail(baseUrl: string, to: Recipient, journal: { assignmentId: string; title: string; dueAt: Date; timeZone: string }): OutgoingMail {
  return mail(
    to,
    `Journal due soon: ${journal.title}`,
    [`Your journal "${journal.title}" is due ${formatDateTime(journal.dueAt, journal.timeZone)} and is not submitted yet. Write and submit it here:`, `${baseUrl}/journals/${journal.assignmentId}`],
    baseUrl,
  );
}

export function feedbackMail(baseUrl: string, to: Recipient, journal: { assignmentId: string; title: string }): OutgoingMail {
  return mail(
    to,
    `Feedback on your journal: ${journal.title}`,
    [`Faculty have given feedback on your journal "${journal.title}". Read it here:`, `${baseUrl}/journals/${journal.assignmentId}`],
    baseUrl,
  );
}

export function practicumWaitingMail(baseUrl: string, reviewer: ReviewerSummary, waitDays: number): OutgoingMail {
  const cohorts = reviewer.cohorts.map((cohort) => `- ${cohort.cohortName}: ${plural(cohort.waiting, 'entry', 'entries')}`);
  return mail(
    reviewer,
    'Practicum entries are waiting for your review',
    [`These practicum entries have waited more than ${plural(waitDays, 'day', 'days')} for a review:`, ...cohorts, '', 'Review them here:', `${baseUrl}/reviews`],
    baseUrl,
  );
}

/** "3: Ana Diaz (2), Ben Okafor" — at most DIGEST_NAMES_PER_LIST names, then how many more. */
function namedCountLine(label: string, count: NamedCount): string {
  const shown = count.people.slice(0, DIGEST_NAMES_PER_LIST).map((person) => (person.count > 1 ? `${person.name} (${person.count})` : person.name));
  const more = count.people.length - shown.length;
  return `${label}: ${count.total} (${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''})`;
}

export function digestMail(baseUrl: string, to: Recipient, digest: { programName: string; week: string; cohorts: CohortLateness[] }, waitDays: number): OutgoingMail {
  const cohorts = digest.cohorts.flatMap((cohort) => [
    '',
    cohort.cohortName,
    ...(cohort.lateJournals.total ? [namedCountLine('Journals past due, not submitted', cohort.lateJournals)] : []),
    ...(cohort.waitingEntries.total ? [namedCountLine(`Practicum entries waiting more than ${plural(waitDays, 'day', 'days')}`, cohort.waitingEntries)] : []),
    `${baseUrl}/cohorts/${cohort.cohortId}/manage`,
  ]);
  return mail(to, `Late in ${digest.programName}: week of ${formatDay(digest.week)}`, [`What is late in ${digest.programName} this week:`, ...cohorts], baseUrl);
}
