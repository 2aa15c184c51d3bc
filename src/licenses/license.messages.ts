/** The licences page's texts (part of the one catalogue, src/web/messages.ts). */
export const LICENSE_MESSAGES = {
  'licenses.title': 'Your licences',
  'licenses.intro': 'Boards give CE credit by licence: list each licence you hold.',
  'licenses.none': 'No licence listed yet.',
  'licenses.type': 'Licence type',
  'licenses.state': 'State',
  'licenses.number': 'Licence number',
  'licenses.status': 'Status',
  'licenses.status.ACTIVE': 'Active',
  'licenses.status.ASSOCIATE': 'Associate',
  'licenses.status.INACTIVE': 'Inactive',
  'licenses.add': 'Add a licence',
  'licenses.save': 'Add licence',
  'licenses.remove': 'Remove',
  'licenses.removeFor': 'Remove {type} {state} {number}',
  'licenses.saved': 'Your licences are saved.',
  'licenses.back': 'Back to your account',
} as const;
