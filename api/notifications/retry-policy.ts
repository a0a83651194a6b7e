export interface RetryPolicy {
  /** Delay before the first retry; doubles with every further attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
}

// No attempt limit: a temporary failure is retried until it succeeds. A long outage opens the
// circuit breaker instead, and the e-mails wait for the service (mail-breaker.ts).
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 3_600_000 };

/** When to try again after `attempts` failed attempts. */
export function nextAttemptAfter(attempts: number, now: Date, policy: RetryPolicy, random = Math.random): Date {
  const exponential = Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
  // Up to 20% jitter keeps many failed e-mails from retrying in lockstep.
  return new Date(now.getTime() + exponential * (1 + 0.2 * random()));
}
