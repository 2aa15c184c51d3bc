/** The session notes page's texts (part of the one catalogue, src/web/messages.ts). */
export const SESSION_NOTE_MESSAGES = {
  'notes.title': 'Session notes: {session}',
  'notes.intro': 'For the staff who run this session only.',
  'notes.none': 'No note yet.',
  'notes.by': '{author}, {when}',
  'notes.note': 'Note',
  'notes.add': 'Add note',
  'notes.saved': 'Note added.',
  'notes.attendance': 'Attendance of this session',
} as const;
