import type { PrismaClient } from '../db/prisma.js';
import type { SlotsChangedEvent } from '../pubsub.js';
import { slotAvailabilitySelect, toSlotView, type SlotView } from './slot-view.js';

const REMEMBER_MS = 10_000;

/**
 * Loads the fresh state of the slots named in a slotsChanged event. Every subscriber on
 * this instance receives the same event, so the rows are loaded once per event and
 * shared, instead of once per subscriber.
 */
export class ChangedSlotLoader {
  private readonly pending = new Map<string, { views: Promise<Map<string, SlotView>>; at: number }>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
  ) {}

  load(event: SlotsChangedEvent): Promise<Map<string, SlotView>> {
    const known = this.pending.get(event.eventId);
    if (known) return known.views;
    this.forgetOld();
    const views = this.query(event);
    this.pending.set(event.eventId, { views, at: Date.now() });
    views.catch(() => this.pending.delete(event.eventId));
    return views;
  }

  private async query(event: SlotsChangedEvent): Promise<Map<string, SlotView>> {
    const rows = await this.prisma.timeSlot.findMany({
      where: { id: { in: event.slots.map((slot) => slot.id) } },
      select: slotAvailabilitySelect,
    });
    const now = this.now();
    const views = new Map(rows.map((row) => [row.id, toSlotView(row, now)]));
    // A slot that no longer exists is reported once more, as unavailable, so calendars drop it.
    for (const ref of event.slots) {
      if (!views.has(ref.id)) {
        views.set(ref.id, { id: ref.id, startTime: new Date(ref.startTime), endTime: new Date(ref.endTime), isAvailable: false });
      }
    }
    return views;
  }

  private forgetOld(): void {
    const cutoff = Date.now() - REMEMBER_MS;
    for (const [eventId, entry] of this.pending) {
      if (entry.at >= cutoff) break;
      this.pending.delete(eventId);
    }
  }
}
