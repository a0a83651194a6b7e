import { Resend } from 'resend';
import { MailDeliveryError, type MailTransport, type OutgoingEmail } from './mail-transport.js';

const TIMEOUT_MS = 10_000;

/** Sends through Resend; RESEND_BASE_URL points the SDK elsewhere (the tests' fake). */
export class ResendTransport implements MailTransport {
  readonly name = 'resend' as const;
  private readonly resend: Resend;

  constructor(
    apiKey: string,
    private readonly from: string,
    options: { baseUrl?: string; timeoutMs?: number } = {},
  ) {
    this.resend = new Resend(apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  }

  private readonly timeoutMs: number;

  async send(email: OutgoingEmail): Promise<{ messageId: string }> {
    const request = this.resend.emails.send(
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
      { idempotencyKey: email.idempotencyKey },
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new MailDeliveryError(`Resend did not answer within ${this.timeoutMs} ms`, false)), this.timeoutMs);
    });
    try {
      const { data, error } = await Promise.race([request, timeout]);
      if (error) {
        const status = (error as { statusCode?: number | null }).statusCode ?? 0;
        // 4xx other than rate limiting and conflicts will fail again the same way.
        const permanent = status >= 400 && status < 500 && status !== 429 && status !== 409;
        throw new MailDeliveryError(`Resend refused the e-mail (${status || 'no status'}): ${error.message}`, permanent);
      }
      if (!data?.id) throw new MailDeliveryError('Resend answered without a message id', false);
      return { messageId: data.id };
    } catch (error) {
      if (error instanceof MailDeliveryError) throw error;
      throw new MailDeliveryError(`Resend could not be reached: ${(error as Error).message}`, false);
    } finally {
      clearTimeout(timer);
    }
  }
}
