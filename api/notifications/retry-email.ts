import type { Notification, DeliveryStatus } from '../generated/prisma/client.js';
import { requeued, wakeWorker, type RetryDeps } from './retry-queueing.js';

export type RetryEmailResult = { outcome: 'queued'; email: Notification } | { outcome: 'not-found' } | { outcome: 'not-failed'; status: DeliveryStatus };

/** Queues one failed e-mail again. */
export async function retryEmail(deps: RetryDeps, id: string): Promise<RetryEmailResult> {
  const { count } = await deps.prisma.notification.updateMany({ where: { id, status: 'FAILED' }, data: requeued(deps.now()) });
  // Read before the worker wakes, so the result shows the e-mail as queued rather than half sent.
  const email = await deps.prisma.notification.findUnique({ where: { id } });
  if (!email) return { outcome: 'not-found' };
  if (count === 0) return { outcome: 'not-failed', status: email.status };
  await wakeWorker(deps);
  return { outcome: 'queued', email };
}
