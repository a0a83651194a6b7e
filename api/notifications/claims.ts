import type { PrismaClient } from '../db/prisma.js';

// A worker run claims due rows under a token of its own until `claimedUntil`; every later update
// of those rows requires the token, so that a row cancelled or taken over meanwhile is left alone.

/** Claims up to `limit` due, unclaimed rows, oldest first. */
export async function claimDue(prisma: PrismaClient, options: { token: string; now: Date; claimMs: number; limit: number }): Promise<string[]> {
  const { token, now, claimMs, limit } = options;
  const rows = await prisma.$queryRaw<{ id: string; nextAttemptAt: Date }[]>`
    UPDATE "Notification" SET "claimedUntil" = ${new Date(now.getTime() + claimMs)}, "claimToken" = ${token}::uuid, "updatedAt" = now()
    WHERE id IN (
      SELECT id FROM "Notification"
      WHERE status = 'QUEUED' AND "nextAttemptAt" <= ${now} AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
      ORDER BY "nextAttemptAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "nextAttemptAt"`;
  return rows.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime()).map((row) => row.id);
}

/** Keeps rows that are still being worked on from being taken over by another worker. */
export async function extendClaims(prisma: PrismaClient, ids: string[], token: string, until: Date): Promise<void> {
  if (ids.length === 0) return;
  await prisma.notification.updateMany({ where: { id: { in: ids }, claimToken: token }, data: { claimedUntil: until } });
}

/** Gives rows back untouched (not attempted), for the next run. */
export async function releaseClaims(prisma: PrismaClient, ids: string[], token: string): Promise<void> {
  if (ids.length === 0) return;
  await prisma.notification.updateMany({ where: { id: { in: ids }, claimToken: token }, data: { claimedUntil: null, claimToken: null } });
}

/** When the next queued row becomes available: its next attempt, or the end of another worker's claim. */
export async function nextQueuedAt(prisma: PrismaClient): Promise<Date | null> {
  const [next] = await prisma.$queryRaw<{ at: Date | null }[]>`
    SELECT min(greatest("nextAttemptAt", coalesce("claimedUntil", "nextAttemptAt"))) AS at
    FROM "Notification" WHERE status = 'QUEUED'`;
  return next?.at ?? null;
}
