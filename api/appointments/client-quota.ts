import type { Prisma } from '../generated/prisma/client.js';
import { QUOTA_WINDOW_MS, quotaProblem, type BookingChangeKind, type ClientQuotas } from '../domain/client-quota.js';
import type { QuotaExceeded } from './outcomes.js';

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
  const upcoming = kind === 'BOOKED' ? await tx.appointment.count({ where: { userId: clientId, status: 'SCHEDULED', startTime: { gt: now } } }) : 0;
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

export interface QuotaChange<Kind extends BookingChangeKind = BookingChangeKind> {
  clientId: string;
  kind: Kind;
  /** False for the provider and API keys, who are exempt and whose changes do not count. */
  byClient: boolean;
  now: Date;
}

/** The change may go ahead; call `record` once it is written. */
export type WithinQuota = { outcome: 'within-quota'; record: (appointmentId: string) => Promise<void> };

/**
 * Run first in a change's transaction: refuses the change when the client's quota is used up
 * (never a cancellation: see quotaProblem), and otherwise returns `record`, to be called once
 * the change is written. The rules are read only for a client's own change.
 */
export function guardClientQuota(tx: Prisma.TransactionClient, rules: { get(): Promise<ClientQuotas> }, change: QuotaChange<'CANCELLED'>): Promise<WithinQuota>;
export function guardClientQuota(
  tx: Prisma.TransactionClient,
  rules: { get(): Promise<ClientQuotas> },
  change: QuotaChange,
): Promise<WithinQuota | QuotaExceeded>;
export async function guardClientQuota(
  tx: Prisma.TransactionClient,
  rules: { get(): Promise<ClientQuotas> },
  change: QuotaChange,
): Promise<WithinQuota | QuotaExceeded> {
  const { clientId, kind, byClient, now } = change;
  if (byClient) {
    const problem = await clientQuotaProblem(tx, clientId, kind, now, await rules.get());
    if (problem) return { outcome: 'quota-exceeded', reason: problem };
  }
  return {
    outcome: 'within-quota',
    record: (appointmentId) => recordBookingChange(tx, { appointmentId, clientId, kind, byClient, at: now }),
  };
}
