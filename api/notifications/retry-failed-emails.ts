import { requeued, wakeWorker, type RetryDeps } from './retry-queueing.js';

export type RetryFailedEmailsResult = { outcome: 'queued'; requeued: number };

/** Queues every failed e-mail again; returns how many. */
export async function retryFailedEmails(deps: RetryDeps): Promise<RetryFailedEmailsResult> {
  const { count } = await deps.prisma.notification.updateMany({ where: { status: 'FAILED' }, data: requeued(deps.now()) });
  if (count > 0) await wakeWorker(deps);
  return { outcome: 'queued', requeued: count };
}
