import type { MailTransport, OutgoingEmail } from './mail-transport.js';

/**
 * Keeps e-mails instead of sending them (no RESEND_API_KEY): the rendered message stays
 * on its notification row, where the app's outbox page shows it.
 */
export class OutboxTransport implements MailTransport {
  readonly name = 'outbox' as const;

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    return { messageId: `outbox-${email.idempotencyKey}` };
  }
}
