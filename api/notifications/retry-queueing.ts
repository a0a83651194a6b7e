import type { Services } from '../services.js';

export type RetryDeps = Pick<Services, 'prisma' | 'jobs' | 'logger' | 'now'>;

// Queued again as they are: the stored rendering and the Idempotency-Key stay, so a retry sends the
// same bytes. The worker still checks that the e-mail tells the truth before sending it.
export const requeued = (now: Date) => ({ status: 'QUEUED' as const, nextAttemptAt: now, claimedUntil: null, claimToken: null, lastError: null });

/** Asks a worker to send now; if the queue is down, the periodic run sends them a little later. */
export async function wakeWorker(deps: RetryDeps): Promise<void> {
  try {
    await deps.jobs.enqueue('deliver-notifications', {});
  } catch (error) {
    deps.logger.warn({ err: (error as Error).message }, 'could not wake a worker; the periodic run will send the e-mails');
  }
}
