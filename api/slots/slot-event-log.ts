import type { PrismaClient } from '../db/prisma.js';
import type { SlotsChangedEvent } from '../pubsub.js';

/**
 * Slot events in PostgreSQL, beside the Redis message: the durable copy that lets an instance
 * that missed a message (Redis away or reconnecting) apply the change anyway. Rows are read by
 * age on the database's own clock and kept only for minutes.
 */
export class SlotEventLog {
  constructor(private readonly prisma: PrismaClient) {}

  async record(events: readonly SlotsChangedEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.prisma.slotEvent.createMany({
      data: events.map((event) => ({ eventId: event.eventId, slots: event.slots.map((slot) => ({ ...slot })) })),
      skipDuplicates: true,
    });
  }

  /** Events recorded in the last `withinMs`, oldest first. */
  async recent(withinMs: number): Promise<SlotsChangedEvent[]> {
    const rows = await this.prisma.$queryRaw<{ eventId: string; slots: SlotsChangedEvent['slots'] }[]>`
      SELECT "eventId", slots FROM "SlotEvent"
      WHERE "createdAt" > now() - make_interval(secs => ${withinMs / 1000}::double precision)
      ORDER BY seq`;
    return rows.map((row) => ({ eventId: row.eventId, slots: row.slots }));
  }

  async prune(olderThanMs: number): Promise<number> {
    return this.prisma.$executeRaw`DELETE FROM "SlotEvent" WHERE "createdAt" < now() - make_interval(secs => ${olderThanMs / 1000}::double precision)`;
  }
}
