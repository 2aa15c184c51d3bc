/** The account page's texts (part of the one catalogue, src/web/messages.ts). */
export const ACCOUNT_MESSAGES = {
  'account.title': 'Your account',
  'account.email': 'E-mail: {email}',
  'account.name': 'Your name',
  'account.fullName': 'Full name',
  'account.saveName': 'Save name',
  'account.nameSaved': 'Your name is saved. Certificates issued from now on carry it.',
  'account.password': 'Password',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.changePassword': 'Change password',
  'account.passwordChanged': 'Your password is changed. Other devices were signed out.',
  'account.licenses': 'Your licences',
} as const;
