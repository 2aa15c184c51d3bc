/** The schedule page's texts (part of the one catalogue, src/web/messages.ts). */
export const SCHEDULE_MESSAGES = {
  'schedule.title': 'Schedule',
  'schedule.none': 'You are not a participant of any cohort.',
  'schedule.empty': 'No session is scheduled for you.',
  'schedule.upcoming': 'Coming up',
  'schedule.earlier': 'Earlier',
  'schedule.when': 'When',
  'schedule.session': 'Session',
  'schedule.where': 'Where',
  'schedule.minutes': '{minutes} min',
  'schedule.join': 'Join {title}',
  'schedule.cancelled': 'Cancelled',
  'schedule.optional': 'Optional',
} as const;
