import { ACCOUNT_MESSAGES } from '../auth/account.messages';
import { PEOPLE_MESSAGES } from '../auth/people.messages';
import { ATTENDANCE_MESSAGES } from '../attendance/attendance.messages';
import { CE_MESSAGES } from '../ce/ce.messages';
import { CERTIFICATE_MESSAGES } from '../certificates/certificates.messages';
import { PROGRESS_MESSAGES } from '../completion/progress.messages';
import { SESSION_NOTE_MESSAGES } from '../communities/session-note.messages';
import { SCHEDULE_MESSAGES } from '../curriculum/schedule.messages';
import { GRADING_MESSAGES } from '../journals/grading.messages';
import { JOURNAL_MESSAGES } from '../journals/journal.messages';
import { LICENSE_MESSAGES } from '../licenses/license.messages';
import { LTI_MESSAGES } from '../lti/lti.messages';
import { ROSTER_IMPORT_MESSAGES } from '../roster-import/roster-import.messages';
import { EXPORT_MESSAGES } from '../exports/exports.messages';
import { REMINDER_MESSAGES } from '../reminders/reminders.messages';
import { AUDIT_MESSAGES } from '../audit/audit.messages';
import { ZOOM_IMPORT_MESSAGES } from '../attendance/zoom-import.messages';
import { PRACTICUM_MESSAGES } from '../practicum/practicum.messages';
import { PROGRAM_MESSAGES } from '../programs/program.messages';

/**
 * Every text the pages show, in one catalogue per language, so a Spanish one can follow. `{name}`
 * marks a value filled in by `t`.
 */
const CORE = {
  'app.name': 'IECMHC Consultant Training',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.schedule': 'Schedule',
  'nav.journals': 'Journals',
  'nav.practicum': 'Practicum',
  'nav.progress': 'Progress',
  'nav.certificates': 'Certificates',
  'nav.grading': 'Grading',
  'nav.attendance': 'Attendance',
  'nav.reviews': 'Reviews',
  'nav.programs': 'Programs',
  'nav.people': 'People',
  'nav.skip': 'Skip to content',
  'nav.account': 'Account',
  'signIn.title': 'Sign in',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.forgot': 'Forgot password?',
  'signIn.failed': 'E-mail or password is incorrect',
  'signIn.tooMany': 'Too many attempts: try again in a few minutes',
  'signOut.submit': 'Sign out',
  'forgot.title': 'Reset your password',
  'forgot.intro': 'We will e-mail you a link to choose a new password. It works for one hour.',
  'forgot.submit': 'Send reset link',
  'forgot.sent': 'If an account uses that address, a link is on its way.',
  'reset.title': 'Choose a password',
  'reset.newPassword': 'New password',
  'reset.submit': 'Set password',
  'home.title': 'Your cohorts',
  'home.none': 'You are not enrolled in any cohort yet.',
  'home.role.PARTICIPANT': 'Participant',
  'home.role.FACULTY': 'Faculty',
  'home.role.FACILITATOR': 'Facilitator',
  'error.required': 'is required',
  'error.csrf': 'This form has expired. Reload the page and try again.',
  'error.notFound': 'This page does not exist, or is not yours to see.',
  'error.forbidden': 'You may not do this.',
  'error.title': 'Something is not right',
  'form.saved': 'Saved.',
  'page.next': 'Next page',
} as const;

/** One catalogue: the shared texts and each domain's pages' own, which name their keys by domain (`journal.…`). */
const EN = { ...CORE, ...JOURNAL_MESSAGES, ...GRADING_MESSAGES, ...PRACTICUM_MESSAGES, ...ATTENDANCE_MESSAGES, ...PROGRAM_MESSAGES, ...SCHEDULE_MESSAGES, ...PROGRESS_MESSAGES, ...CERTIFICATE_MESSAGES, ...ACCOUNT_MESSAGES, ...LICENSE_MESSAGES, ...SESSION_NOTE_MESSAGES, ...CE_MESSAGES, ...PEOPLE_MESSAGES, ...LTI_MESSAGES,
  ...ROSTER_IMPORT_MESSAGES, ...EXPORT_MESSAGES, ...REMINDER_MESSAGES, ...AUDIT_MESSAGES, ...ZOOM_IMPORT_MESSAGES };

export type MessageKey = keyof typeof EN;

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return (EN[key] as string).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
