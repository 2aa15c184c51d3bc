/** One plain-text message, as the outbox keeps it until it is sent. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}
