import type { PrismaClient } from '../db/prisma.js';
import type { Logger } from '../logger.js';
import type { SlotsChangedEvent } from '../pubsub.js';
import type { ChangedSlotLoader } from './changed-slot-loader.js';
import type { SlotView } from './slot-view.js';

const REFRESH_MS = 60_000;

/**
 * Every free future slot, in memory, sorted by start: availableSlots answers from here
 * without a database round trip. The slot feed hands it every change of every instance; it
 * also reloads itself from the database every minute as a last safety net. Changes are
 * applied one at a time, in order, each from the rows as they are after the change, so
 * applying one twice or late does no harm.
 */
export class FreeSlotIndex {
  private slots: SlotView[] = [];
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly loader: ChangedSlotLoader,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.reload(), REFRESH_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.queue;
  }

  /** Applies a change; this instance's own changes are applied before their mutation answers (read-your-writes). */
  apply(event: SlotsChangedEvent): Promise<void> {
    return this.enqueue(() => this.applyEvent(event));
  }

  /** Reads every free slot from the database again. */
  reload(): Promise<void> {
    return this.enqueue(() => this.refresh());
  }

  /** Adds slots this instance just created, and so are free, without a database round trip. */
  insertOwn(events: readonly SlotsChangedEvent[]): Promise<void> {
    const slots = events.flatMap((event) => event.slots);
    return this.enqueue(async () =>
      this.replace(
        new Set(),
        slots.map((slot) => ({ id: slot.id, startTime: new Date(slot.startTime), endTime: new Date(slot.endTime), isAvailable: true })),
      ),
    );
  }

  /** Free slots starting in [from, to) and after `now`, in start order. */
  query(from: Date, to: Date, now: Date): SlotView[] {
    const lower = Math.max(from.getTime(), now.getTime() + 1);
    const start = this.firstStartingAtOrAfter(lower);
    const end = this.firstStartingAtOrAfter(to.getTime());
    return this.slots.slice(start, Math.max(start, end));
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error: Error) => this.logger.warn({ err: error.message }, 'free-slot index update failed'));
    return this.queue;
  }

  private async applyEvent(event: SlotsChangedEvent): Promise<void> {
    const views = await this.loader.load(event);
    this.replace(
      new Set(views.keys()),
      [...views.values()].filter((view) => view.isAvailable),
    );
  }

  private replace(removed: Set<string>, added: SlotView[]): void {
    const byId = new Set(added.map((slot) => slot.id));
    const kept = this.slots.filter((slot) => !removed.has(slot.id) && !byId.has(slot.id));
    this.slots = added.length === 0 ? kept : [...kept, ...added].sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
  }

  private async refresh(): Promise<void> {
    const rows = await this.prisma.timeSlot.findMany({
      where: { startTime: { gt: this.now() }, isBlocked: false, isBusyInCalendar: false, appointments: { none: { status: 'SCHEDULED' } } },
      select: { id: true, startTime: true, endTime: true },
      orderBy: { startTime: 'asc' },
    });
    this.slots = rows.map((row) => ({ ...row, isAvailable: true }));
  }

  private firstStartingAtOrAfter(ms: number): number {
    let low = 0;
    let high = this.slots.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.slots[middle]!.startTime.getTime() < ms) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
