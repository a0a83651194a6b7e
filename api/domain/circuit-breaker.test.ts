import { describe, expect, it } from 'vitest';
import { afterAnswer, afterFailure, CLOSED_BREAKER, gate, type BreakerState } from './circuit-breaker.js';

const policy = { threshold: 3, cooldownMs: 30_000, maxCooldownMs: 120_000 };
const now = new Date('2027-01-01T00:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const down = { serviceDown: true, retryAfterMs: null, message: '503', probe: false };

function failTimes(times: number, state: BreakerState = CLOSED_BREAKER): BreakerState {
  for (let i = 0; i < times; i++) state = afterFailure(state, down, now, policy);
  return state;
}

describe('the mail circuit breaker', () => {
  it('opens after the threshold of service failures in a row, and then only lets a probe through after the cooldown', () => {
    expect(gate(failTimes(2), now)).toEqual({ action: 'send' });
    const open = failTimes(3);
    expect(open).toMatchObject({ breaker: 'OPEN', openedAt: now, notBefore: later(30_000) });
    expect(gate(open, later(29_000))).toEqual({ action: 'wait', until: later(30_000) });
    expect(gate(open, later(30_000))).toEqual({ action: 'probe' });
  });

  it('doubles the wait after each failed probe, up to the maximum', () => {
    let state = failTimes(3);
    const waits = [];
    for (let i = 0; i < 4; i++) {
      state = afterFailure(state, { ...down, probe: true }, now, policy);
      waits.push(state.notBefore!.getTime() - now.getTime());
    }
    expect(waits).toEqual([60_000, 120_000, 120_000, 120_000]);
    expect(state.openedAt).toEqual(now);
  });

  it('closes when the service answers, even with a refusal of one e-mail', () => {
    expect(afterAnswer(failTimes(5))).toEqual(CLOSED_BREAKER);
    expect(afterAnswer(failTimes(2)).consecutiveFailures).toBe(0);
  });

  it('does not count rate limits as the service failing, but waits as long as asked', () => {
    const limited = afterFailure(CLOSED_BREAKER, { serviceDown: false, retryAfterMs: 5_000, message: '429', probe: false }, now, policy);
    expect(limited).toMatchObject({ breaker: 'CLOSED', consecutiveFailures: 0, notBefore: later(5_000) });
    expect(gate(limited, now)).toEqual({ action: 'wait', until: later(5_000) });
    expect(afterAnswer(limited).notBefore).toEqual(later(5_000));
  });

  it('lets a Retry-After longer than the cooldown push the probe out', () => {
    const state = afterFailure(failTimes(2), { ...down, retryAfterMs: 600_000 }, now, policy);
    expect(state).toMatchObject({ breaker: 'OPEN', notBefore: later(600_000) });
  });

  it('never probes in a tight loop, whatever failed the probe', () => {
    const state = afterFailure(failTimes(3), { serviceDown: false, retryAfterMs: null, message: '409', probe: true }, later(30_000), policy);
    expect(gate(state, later(30_000)).action).toBe('wait');
  });
});
