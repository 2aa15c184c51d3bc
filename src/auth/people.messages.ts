/** The people page's texts (part of the one catalogue, src/web/messages.ts). */
export const PEOPLE_MESSAGES = {
  'people.title': 'People',
  'people.adminsOnly': 'Accounts are made by administrators. To enrol someone, use the e-mail address their account has, on the cohort’s page; an administrator can invite a person who has none.',
  'people.search': 'Search',
  'people.searchHint': 'Any part of a name or e-mail address',
  'people.results': '{total} people',
  'people.name': 'Name',
  'people.email': 'E-mail',
  'people.status': 'Status',
  'people.active': 'Active',
  'people.deactivated': 'Deactivated',
  'people.invite': 'Invite someone',
  'people.fullName': 'Full name',
  'people.inviteButton': 'Invite',
  'people.invited': 'Invitation sent.',
} as const;
