import type { PrismaClient } from '../db/prisma.js';

/** An e-mail waiting longer than this past its due time is "delayed": the provider is told. */
export const DELAY_ALERT_MS = 10 * 60_000;
/** Failed e-mails count in the alert for this long after they failed. */
export const FAILED_ALERT_WINDOW_MS = 7 * 86_400_000;

export interface EmailDeliveryHealth {
  status: 'OK' | 'DELAYED' | 'FAILED';
  /** When the oldest e-mail still waiting was due. */
  oldestQueuedAt: Date | null;
  /** E-mails due and not sent yet. */
  queued: number;
  /** E-mails that failed for good within the last week. */
  failed: number;
  /** The circuit breaker is open: the mail service has been failing. */
  serviceDown: boolean;
  serviceDownSince: Date | null;
  lastError: string | null;
}

/** How e-mail delivery is doing, for the provider's alert. */
export async function emailDeliveryHealth(prisma: PrismaClient, now: Date): Promise<EmailDeliveryHealth> {
  const [waiting, failed, service] = await Promise.all([
    prisma.notification.aggregate({ where: { status: 'QUEUED', dueAt: { lte: now } }, _count: { _all: true }, _min: { dueAt: true } }),
    prisma.notification.count({ where: { status: 'FAILED', updatedAt: { gte: new Date(now.getTime() - FAILED_ALERT_WINDOW_MS) } } }),
    prisma.mailServiceState.findUnique({ where: { id: 1 } }),
  ]);
  const oldestQueuedAt = waiting._min.dueAt;
  const delayed = oldestQueuedAt !== null && now.getTime() - oldestQueuedAt.getTime() > DELAY_ALERT_MS;
  const serviceDown = service?.breaker === 'OPEN';
  return {
    status: failed > 0 ? 'FAILED' : delayed ? 'DELAYED' : 'OK',
    oldestQueuedAt,
    queued: waiting._count._all,
    failed,
    serviceDown,
    serviceDownSince: serviceDown ? (service?.openedAt ?? null) : null,
    lastError: service?.lastError ?? null,
  };
}
