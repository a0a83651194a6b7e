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

export interface MailFailureDetails {
  /** Refused for good (e.g. an invalid address): retrying would fail the same way. */
  permanent: boolean;
  /** The service itself is failing (5xx, time-out, unreachable): this feeds the circuit breaker. */
  serviceDown?: boolean;
  /** How long the service asked us to wait (Retry-After). */
  retryAfterMs?: number | null;
  /** The service's own error name, e.g. "invalid_idempotent_request". */
  code?: string | null;
}

/** A delivery failure, classified so that the caller knows whether and when to try again. */
export class MailDeliveryError extends Error {
  readonly permanent: boolean;
  readonly serviceDown: boolean;
  readonly retryAfterMs: number | null;
  readonly code: string | null;

  constructor(message: string, details: MailFailureDetails) {
    super(message);
    this.name = 'MailDeliveryError';
    this.permanent = details.permanent;
    this.serviceDown = details.serviceDown ?? false;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.code = details.code ?? null;
  }
}
