import { describe, expect, it } from 'vitest';
import { nextAttemptAfter } from './retry-policy.js';

describe('nextAttemptAfter', () => {
  const policy = { baseDelayMs: 1_000, maxDelayMs: 10_000 };
  const now = new Date('2027-01-01T00:00:00Z');
  const delay = (attempts: number) => nextAttemptAfter(attempts, now, policy, () => 0).getTime() - now.getTime();

  it('doubles the delay with each attempt, up to the maximum', () => {
    expect([1, 2, 3, 4].map(delay)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(delay(5)).toBe(policy.maxDelayMs);
  });

  it('never gives up on its own: the circuit breaker handles long outages', () => {
    expect(delay(100)).toBe(policy.maxDelayMs);
  });

  it('adds at most 20% jitter', () => {
    expect(nextAttemptAfter(1, now, policy, () => 0.999).getTime() - now.getTime()).toBeLessThan(1_200);
  });
});
