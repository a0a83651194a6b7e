import type { EmailMessage } from './render-appointment-email.js';

export interface OutgoingEmail extends EmailMessage {
  to: string;
  /** Sent as the Idempotency-Key, so a retry after a crash never sends twice. */
  idempotencyKey: string;
}

export interface MailTransport {
  readonly name: 'resend' | 'outbox';
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
}

/** A delivery failure; `permanent` ones are not retried (e.g. an address the service rejects). */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}
