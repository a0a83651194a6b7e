import type { PrismaClient } from '../db/prisma.js';
import type { Notification } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import type { JobQueue } from '../job-queue.js';

interface RetryDeps {
  prisma: PrismaClient;
  jobs: JobQueue;
  logger: Logger;
  now(): Date;
}

// Queued again as they are: the stored rendering and the Idempotency-Key stay, so a retry sends the
// same bytes. The worker still checks that the e-mail tells the truth before sending it.
const requeue = (now: Date) => ({ status: 'QUEUED' as const, nextAttemptAt: now, claimedUntil: null, claimToken: null, lastError: null });

export type RetryEmailResult = { outcome: 'queued'; email: Notification } | { outcome: 'not-found' } | { outcome: 'not-failed'; status: string };

/** Queues one failed e-mail again. */
export async function retryEmail(deps: RetryDeps, id: string): Promise<RetryEmailResult> {
  const { count } = await deps.prisma.notification.updateMany({ where: { id, status: 'FAILED' }, data: requeue(deps.now()) });
  const email = await deps.prisma.notification.findUnique({ where: { id } });
  if (!email) return { outcome: 'not-found' };
  if (count === 0) return { outcome: 'not-failed', status: email.status };
  await wakeWorker(deps);
  return { outcome: 'queued', email };
}

/** Queues every failed e-mail again; returns how many. */
export async function retryFailedEmails(deps: RetryDeps): Promise<{ requeued: number }> {
  const { count } = await deps.prisma.notification.updateMany({ where: { status: 'FAILED' }, data: requeue(deps.now()) });
  if (count > 0) await wakeWorker(deps);
  return { requeued: count };
}

async function wakeWorker(deps: RetryDeps): Promise<void> {
  try {
    await deps.jobs.enqueue('deliver-notifications', {});
  } catch (error) {
    deps.logger.warn({ err: (error as Error).message }, 'could not wake a worker; the periodic run will send the e-mails');
  }
}
