import type { Prisma } from '../generated/prisma/client.js';
import { QUOTA_WINDOW_MS, quotaProblem, type BookingChangeKind, type ClientQuotas } from '../domain/client-quota.js';

/**
 * Why the client may not make this change now, or null. Takes a lock on the client's row first, so
 * that concurrent changes of one client, on any instance, are counted one after the other; the lock
 * lasts until the caller's transaction ends.
 */
export async function clientQuotaProblem(
  tx: Prisma.TransactionClient,
  clientId: string,
  kind: BookingChangeKind,
  now: Date,
  quotas: ClientQuotas,
): Promise<string | null> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${clientId}::uuid FOR NO KEY UPDATE`;
  const recentChanges = await tx.bookingChange.count({
    where: { clientId, byClient: true, createdAt: { gt: new Date(now.getTime() - QUOTA_WINDOW_MS) } },
  });
  const upcoming =
    kind === 'BOOKED' ? await tx.appointment.count({ where: { userId: clientId, status: 'SCHEDULED', startTime: { gt: now } } }) : 0;
  return quotaProblem(kind, { upcoming, recentChanges }, quotas);
}

/** Records a change in the caller's transaction; the quotas count these rows. */
export async function recordBookingChange(
  tx: Prisma.TransactionClient,
  change: { appointmentId: string; clientId: string; kind: BookingChangeKind; byClient: boolean; at: Date },
): Promise<void> {
  const { at, ...rest } = change;
  await tx.bookingChange.create({ data: { ...rest, createdAt: at } });
}
