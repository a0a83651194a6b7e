import type { PrismaClient } from '../db/prisma.js';
import { GoogleGrantRevokedError } from '../google/google-calendar.js';
import type { SlotChanges } from '../slots/publish-slot-changes.js';
import type { CalendarSyncDeps } from './sync-appointment-event.js';
import { isSlotlineEventId } from './event-id.js';

const HORIZON_DAYS = 62;

/**
 * Marks the slots that overlap an event in the provider's Google Calendar as busy (and
 * clears slots whose event went away), publishing every slot that changed. Events that
 * Slotline itself created for appointments do not count.
 */
export async function syncProviderBusyTimes(deps: CalendarSyncDeps & { slotChanges: SlotChanges; now(): Date }): Promise<number> {
  const provider = await deps.prisma.user.findUnique({ where: { email: deps.providerEmail }, include: { googleCalendar: true } });
  const connection = provider?.googleCalendar;
  const from = deps.now();
  const to = new Date(from.getTime() + HORIZON_DAYS * 86_400_000);
  let busy: { start: Date; end: Date }[] = [];
  if (connection?.status === 'ACTIVE') {
    try {
      busy = await deps.google.busyIntervals(deps.cipher.decrypt(connection.encryptedRefreshToken), connection.calendarId, from, to, isSlotlineEventId);
    } catch (error) {
      if (!(error instanceof GoogleGrantRevokedError)) throw error;
      // updateMany: the user may have disconnected meanwhile.
      await deps.prisma.googleCalendarConnection.updateMany({ where: { userId: connection.userId }, data: { status: 'REVOKED' } });
    }
  }
  const changed = await markBusySlots(deps.prisma, busy, from, to);
  await deps.slotChanges.announce(changed);
  return changed.length;
}

async function markBusySlots(prisma: PrismaClient, busy: { start: Date; end: Date }[], from: Date, to: Date) {
  return prisma.$queryRaw<{ id: string; startTime: Date; endTime: Date }[]>`
    WITH busy AS (
      SELECT tstzrange(b.s, b.e) AS period
      FROM unnest(${busy.map((b) => b.start)}::timestamptz[], ${busy.map((b) => b.end)}::timestamptz[]) AS b(s, e)
    ), wanted AS (
      SELECT slot.id, EXISTS (SELECT 1 FROM busy WHERE busy.period && tstzrange(slot."startTime", slot."endTime")) AS is_busy
      FROM "TimeSlot" slot
      WHERE slot."startTime" >= ${from} AND slot."startTime" < ${to}
    )
    UPDATE "TimeSlot" slot SET "isBusyInCalendar" = wanted.is_busy, "updatedAt" = now()
    FROM wanted
    WHERE slot.id = wanted.id AND slot."isBusyInCalendar" IS DISTINCT FROM wanted.is_busy
    RETURNING slot.id, slot."startTime", slot."endTime"`;
}
