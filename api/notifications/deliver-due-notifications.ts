import { randomUUID } from 'node:crypto';
import { claimDue, extendClaims, nextQueuedAt, releaseClaims } from './claims.js';
import type { DeliveryDeps } from './delivery-deps.js';
import { MailBreaker } from './mail-breaker.js';
import { runBounded } from './run-bounded.js';
import { sendNotification } from './send-notification.js';

export interface RunControl {
  /** Renews the job queue's lock on this run (Agenda's job.touch()); throws once the run was cancelled. */
  keepAlive?(): Promise<void>;
  /** How often the claims and the lock are renewed. */
  heartbeatMs: number;
}

export interface DeliveryRun {
  sent: number;
  /** Due e-mails are left: a follow-up run should start at once. */
  more: boolean;
  /** When the next queued e-mail becomes due (or the mail service may be tried again). */
  nextDueAt: Date | null;
}

/**
 * Sends the due e-mails of the outbox, `concurrency` at a time, for at most one time slice. Rows
 * are claimed under a token of this run, so several workers never send the same one at once and a
 * crashed worker's rows are taken over once its claim runs out; the claims and the job's lock are
 * renewed while the run works. An open circuit breaker lets only a probe through.
 */
export async function deliverDueNotifications(deps: DeliveryDeps, control: RunControl): Promise<DeliveryRun> {
  const { prisma, logger, delivery } = deps;
  const token = randomUUID();
  const breaker = new MailBreaker(prisma, delivery.breaker, deps.claimMs);
  const held = new Set<string>();
  const started = performance.now();
  let cancelled = false;
  let sent = 0;
  const heartbeat = setInterval(() => void renew(), control.heartbeatMs);
  async function renew() {
    try {
      await extendClaims(prisma, [...held], token, new Date(deps.now().getTime() + deps.claimMs));
      await control.keepAlive?.();
    } catch (error) {
      cancelled = true;
      logger.warn({ err: (error as Error).message }, 'delivery run lost its lock; finishing what is under way');
    }
  }

  try {
    while (!cancelled && performance.now() - started < delivery.sliceMs) {
      const gate = await breaker.gate(deps.now());
      if (gate.action === 'wait') break;
      const probe = gate.action === 'probe';
      const ids = await claimDue(prisma, { token, now: deps.now(), claimMs: deps.claimMs, limit: probe ? 1 : delivery.concurrency * 4 });
      if (ids.length === 0) {
        if (probe) await breaker.releaseProbe();
        break;
      }
      for (const id of ids) held.add(id);
      await runBounded(ids, delivery.concurrency, async (id) => {
        // Once the service asked to wait, the rest of the batch goes back untried.
        if (cancelled || breaker.waitUntil) return;
        try {
          if ((await sendNotification({ deps, token, breaker, probe }, id)) === 'sent') sent++;
          // A probe that sent nothing (the e-mail was skipped) proves nothing: another may go.
          if (probe) await breaker.releaseProbe();
        } catch (error) {
          // The row stays claimed: it is tried again once the claim runs out.
          logger.error({ notificationId: id, err: (error as Error).message }, 'e-mail delivery broke');
        }
        held.delete(id);
      });
      await releaseClaims(prisma, [...held], token);
      held.clear();
      // The service asked to wait: this run is over (it would only claim and give back rows).
      if (breaker.waitUntil) break;
    }
  } finally {
    clearInterval(heartbeat);
    await releaseClaims(prisma, [...held], token);
  }

  const queuedAt = await nextQueuedAt(prisma);
  const nextDueAt = queuedAt && breaker.waitUntil && breaker.waitUntil > queuedAt ? breaker.waitUntil : queuedAt;
  const more = nextDueAt !== null && nextDueAt <= deps.now();
  logger.debug({ sent, more, nextDueAt, waitUntil: breaker.waitUntil, cancelled }, 'delivery run done');
  return { sent, more, nextDueAt };
}
