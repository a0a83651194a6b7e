import { Resend } from 'resend';
import { MailDeliveryError, type MailTransport, type OutgoingEmail } from './mail-transport.js';
import { retryAfterMs } from './retry-after.js';

const TIMEOUT_MS = 10_000;

/** Sends through Resend; RESEND_BASE_URL points the SDK elsewhere (the tests' fake). */
export class ResendTransport implements MailTransport {
  readonly name = 'resend' as const;
  private readonly resend: Resend;
  private readonly timeoutMs: number;

  constructor(
    apiKey: string,
    private readonly from: string,
    options: { baseUrl?: string; timeoutMs?: number } = {},
  ) {
    this.resend = new Resend(apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  }

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    // Aborting closes the connection: Resend then no longer holds the key as "in progress"
    // (409 concurrent_idempotent_requests) when the e-mail is retried.
    const signal = AbortSignal.timeout(this.timeoutMs);
    let result;
    try {
      result = await this.resend.emails.send(
        {
          from: this.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          attachments: email.attachments.map((file) => ({
            filename: file.filename,
            content: Buffer.from(file.content).toString('base64'),
            contentType: file.contentType,
          })),
        },
        { idempotencyKey: email.idempotencyKey, signal },
      );
    } catch (error) {
      result = { data: null, error: { name: 'application_error', message: (error as Error).message, statusCode: null }, headers: null };
    }
    const { data, error, headers } = result;
    if (!error) {
      if (!data?.id) throw new MailDeliveryError('Resend answered without a message id', { permanent: false, serviceDown: true });
      return { messageId: data.id };
    }
    if (signal.aborted) {
      throw new MailDeliveryError(`Resend did not answer within ${this.timeoutMs} ms`, { permanent: false, serviceDown: true });
    }
    throw refusal(error.statusCode ?? 0, error.name, error.message, headers?.['retry-after']);
  }
}

function refusal(status: number, name: string, message: string, retryAfter: string | undefined): MailDeliveryError {
  const details = { code: name, retryAfterMs: retryAfterMs(retryAfter, new Date()) };
  if (status === 0) return new MailDeliveryError(`Resend could not be reached: ${message}`, { ...details, permanent: false, serviceDown: true });
  const text = `Resend refused the e-mail (${status}): ${message} (${name})`;
  // A reused key with another body: our bug (the retry must send the same bytes), not a passing problem.
  if (status === 409 && name === 'invalid_idempotent_request') return new MailDeliveryError(text, { ...details, permanent: true });
  // Rate limits and a key still in progress pass; neither says the service is down.
  if (status === 429 || status === 409) return new MailDeliveryError(text, { ...details, permanent: false });
  if (status >= 500) return new MailDeliveryError(text, { ...details, permanent: false, serviceDown: true });
  return new MailDeliveryError(text, { ...details, permanent: true });
}
