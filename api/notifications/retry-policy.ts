export interface RetryPolicy {
  /** Delay before the first retry; doubles with every further attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 8 };

/** When to try again after `attempts` failed attempts, or null to give up. */
export function nextAttemptAfter(attempts: number, now: Date, policy: RetryPolicy, random = Math.random): Date | null {
  if (attempts >= policy.maxAttempts) return null;
  const exponential = Math.min(policy.baseDelayMs * 2 ** (attempts - 1), policy.maxDelayMs);
  // Up to 20% jitter keeps many failed e-mails from retrying in lockstep.
  return new Date(now.getTime() + exponential * (1 + 0.2 * random()));
}
