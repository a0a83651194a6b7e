// The circuit breaker in front of the mail service, as pure transitions. The workers share its
// state in the database; these functions decide what a failure or an answer does to it.

export interface BreakerState {
  breaker: 'CLOSED' | 'OPEN';
  /** Failures of the service in a row. */
  consecutiveFailures: number;
  openedAt: Date | null;
  /** No e-mail before this instant: the next probe, or the wait a Retry-After asked for. */
  notBefore: Date | null;
  /** The wait before the next probe. */
  cooldownMs: number;
  lastError: string | null;
}

export interface BreakerPolicy {
  /** Failures of the service in a row that open the breaker. */
  threshold: number;
  /** The wait before the first probe; it doubles after each failed probe, up to maxCooldownMs. */
  cooldownMs: number;
  maxCooldownMs: number;
}

export interface DeliveryFailure {
  /** 5xx, time-out, unreachable: the service is failing, not this e-mail. */
  serviceDown: boolean;
  retryAfterMs: number | null;
  message: string;
  /** The failed e-mail was the probe of an open breaker. */
  probe: boolean;
}

export type Gate = { action: 'send' } | { action: 'probe' } | { action: 'wait'; until: Date };

export const CLOSED_BREAKER: BreakerState = { breaker: 'CLOSED', consecutiveFailures: 0, openedAt: null, notBefore: null, cooldownMs: 0, lastError: null };

/** What a worker may do now: send freely, send one probe, or wait. */
export function gate(state: BreakerState, now: Date): Gate {
  if (state.notBefore && state.notBefore > now) return { action: 'wait', until: state.notBefore };
  return state.breaker === 'OPEN' ? { action: 'probe' } : { action: 'send' };
}

export function afterFailure(state: BreakerState, failure: DeliveryFailure, now: Date, policy: BreakerPolicy): BreakerState {
  let next: BreakerState = { ...state, lastError: failure.message };
  if (failure.probe) {
    // Whatever made the probe fail, the next one waits longer: never a tight loop of probes.
    const cooldownMs = Math.min(Math.max(state.cooldownMs * 2, policy.cooldownMs), Math.max(policy.maxCooldownMs, policy.cooldownMs));
    next = { ...next, consecutiveFailures: state.consecutiveFailures + 1, cooldownMs, notBefore: after(now, cooldownMs) };
  } else if (failure.serviceDown && state.breaker === 'CLOSED') {
    const consecutiveFailures = state.consecutiveFailures + 1;
    next =
      consecutiveFailures >= policy.threshold
        ? { ...next, breaker: 'OPEN', consecutiveFailures, openedAt: now, cooldownMs: policy.cooldownMs, notBefore: after(now, policy.cooldownMs) }
        : { ...next, consecutiveFailures };
  }
  // (An e-mail sent before the breaker opened and failing after changes nothing: the probe decides.)
  if (failure.retryAfterMs !== null) {
    const asked = after(now, failure.retryAfterMs);
    if (!next.notBefore || asked > next.notBefore) next = { ...next, notBefore: asked };
  }
  return next;
}

/**
 * The service answered, with a message id or a refusal of this e-mail's own: it works. A wait that
 * Retry-After asked for while the breaker was closed still holds.
 */
export function afterAnswer(state: BreakerState): BreakerState {
  return { ...CLOSED_BREAKER, notBefore: state.breaker === 'CLOSED' ? state.notBefore : null };
}

function after(now: Date, ms: number): Date {
  return new Date(now.getTime() + ms);
}
