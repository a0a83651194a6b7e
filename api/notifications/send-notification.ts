import { reasonNotToSend } from '../domain/notification-relevance.js';
import { MailDeliveryError } from '../email/mail-transport.js';
import type { DeliveryDeps } from './delivery-deps.js';
import type { MailBreaker } from './mail-breaker.js';
import { renderedEmail } from './rendered-email.js';
import { nextAttemptAfter } from './retry-policy.js';

export type SendOutcome = 'sent' | 'skipped' | 'failed' | 'retry' | 'lost';

export interface SendRun {
  deps: DeliveryDeps;
  /** The claim token of this run: every update of the row requires it. */
  token: string;
  breaker: MailBreaker;
  /** This e-mail is the probe of an open breaker. */
  probe: boolean;
}

/**
 * Sends one claimed notification, if it still tells the truth, and records the outcome on its row,
 * always under the run's claim: a row cancelled meanwhile is never turned back into SENT.
 */
export async function sendNotification(run: SendRun, id: string): Promise<SendOutcome> {
  const { deps, token } = run;
  const { prisma } = deps;
  const claimed = { id, claimToken: token, status: 'QUEUED' as const };
  const notification = await prisma.notification.findFirst({ where: claimed, include: { appointment: { include: { user: true } } } });
  if (!notification) return lost(run, id);
  const suppressed = await prisma.emailSuppression.findUnique({ where: { email: notification.recipientEmail.toLowerCase() } });
  if (suppressed) return finish(run, id, 'skipped', { status: 'SUPPRESSED', lastError: `Not sent: the address ${suppressed.reason}.` });
  const message = await renderedEmail(deps, notification, token, deps.now());
  if (!message) return lost(run, id);

  // Asked again right before sending: the appointment may have changed while this run waited.
  const current = await prisma.notification.findFirst({
    where: claimed,
    select: { kind: true, appointmentStart: true, appointment: { select: { status: true, startTime: true } } },
  });
  if (!current) return lost(run, id);
  const reason = reasonNotToSend(current, current.appointment, deps.now());
  if (reason) return finish(run, id, 'skipped', { status: 'SKIPPED', lastError: reason });

  const attempts = notification.attempts + 1;
  let messageId: string;
  try {
    ({ messageId } = await deps.transport.send({ ...message, to: notification.recipientEmail, idempotencyKey: id }));
  } catch (error) {
    return failed(run, id, attempts, error);
  }
  const sent = { sentAt: deps.now(), attempts, claimedUntil: null, claimToken: null, transport: deps.transport.name, providerMessageId: messageId };
  const { count } = await prisma.notification.updateMany({ where: claimed, data: { ...sent, status: 'SENT', lastError: null } });
  await run.breaker.answered(deps.now());
  if (count === 1) return 'sent';
  // Cancelled while the request was out, after the service had taken it: the row keeps its status
  // and says so, and nothing is sent again (the row is no longer QUEUED).
  const { count: recorded } = await prisma.notification.updateMany({
    where: { id, claimToken: token, status: 'CANCELLED' },
    data: { ...sent, lastError: 'Delivered anyway: it was cancelled while it was being sent, after the mail service had accepted it.' },
  });
  if (recorded === 1) deps.logger.warn({ notificationId: id }, 'an e-mail was cancelled while it was being sent; it went out');
  return lost(run, id);
}

async function failed(run: SendRun, id: string, attempts: number, error: unknown): Promise<SendOutcome> {
  const { deps } = run;
  const failure = error instanceof MailDeliveryError ? error : new MailDeliveryError((error as Error).message, { permanent: false });
  const lastError = failure.message.slice(0, 500);
  const transport = deps.transport.name;
  if (failure.permanent) {
    await run.breaker.answered(deps.now());
    if (failure.code === 'invalid_idempotent_request') {
      // Only a retry whose bytes differ from the first attempt's gets this: a bug, and the first
      // attempt may well have been delivered. Loud, so that it is looked at.
      deps.logger.error({ notificationId: id, err: failure.message }, 'the mail service refused a retry that differs from the first attempt');
    } else {
      deps.logger.warn({ notificationId: id, attempts, err: failure.message }, 'e-mail refused for good');
    }
    return finish(run, id, 'failed', { status: 'FAILED', attempts, lastError, transport });
  }
  const now = deps.now();
  const breaker = await run.breaker.failed({ serviceDown: failure.serviceDown, retryAfterMs: failure.retryAfterMs, message: lastError, probe: run.probe }, now);
  const candidates = [nextAttemptAfter(attempts, now, deps.retry), breaker.breaker === 'OPEN' ? breaker.notBefore : null];
  if (failure.retryAfterMs !== null) candidates.push(new Date(now.getTime() + failure.retryAfterMs));
  const retryAt = new Date(Math.max(...candidates.filter((at): at is Date => at !== null).map((at) => at.getTime())));
  deps.logger.warn({ notificationId: id, attempts, retryAt, breaker: breaker.breaker, err: failure.message }, 'e-mail delivery failed; will retry');
  return finish(run, id, 'retry', { attempts, nextAttemptAt: retryAt, lastError, transport });
}

/** The final update of a row, under the claim; a row cancelled meanwhile keeps its status. */
async function finish(
  run: SendRun,
  id: string,
  outcome: SendOutcome,
  data: { status?: 'SUPPRESSED' | 'SKIPPED' | 'FAILED'; attempts?: number; nextAttemptAt?: Date; lastError: string; transport?: string },
): Promise<SendOutcome> {
  const { count } = await run.deps.prisma.notification.updateMany({
    where: { id, claimToken: run.token, status: 'QUEUED' },
    data: { ...data, claimedUntil: null, claimToken: null },
  });
  return count === 1 ? outcome : lost(run, id);
}

/** The row is no longer this run's to send (cancelled, or taken over): let go of it. */
async function lost(run: SendRun, id: string): Promise<SendOutcome> {
  await run.deps.prisma.notification.updateMany({ where: { id, claimToken: run.token }, data: { claimedUntil: null, claimToken: null } });
  return 'lost';
}
