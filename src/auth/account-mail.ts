import { OutgoingMail } from '../mail/outgoing-mail';

const SENDER = 'IECMHC Consultant Training';

/** The page that takes a one-time link's token (invitation or reset) and a new password. */
function link(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

export function invitationMail(publicBaseUrl: string, to: { email: string; fullName: string }, token: string): OutgoingMail {
  return {
    to: to.email,
    subject: `Your ${SENDER} account`,
    text: [
      `Hello ${to.fullName},`,
      '',
      `An account has been created for you. Choose your password here (the link works once, for 7 days):`,
      link(publicBaseUrl, token),
      '',
      SENDER,
    ].join('\n'),
  };
}

export function passwordResetMail(publicBaseUrl: string, to: { email: string; fullName: string }, token: string): OutgoingMail {
  return {
    to: to.email,
    subject: `Reset your ${SENDER} password`,
    text: [
      `Hello ${to.fullName},`,
      '',
      'Someone asked to reset the password of your account. Choose a new one here (the link works once, for 1 hour):',
      link(publicBaseUrl, token),
      '',
      'If it was not you, ignore this message: your password stays as it is.',
      '',
      SENDER,
    ].join('\n'),
  };
}
