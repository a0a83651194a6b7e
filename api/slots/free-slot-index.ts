import type { PrismaClient } from '../db/prisma.js';
import type { Logger } from '../logger.js';
import type { AppPubSub, SlotsChangedEvent } from '../pubsub.js';
import type { ChangedSlotLoader } from './changed-slot-loader.js';
import type { SlotView } from './slot-view.js';

const REFRESH_MS = 60_000;

/**
 * Every free future slot, in memory, sorted by start: availableSlots answers from here
 * without a database round trip. It follows the slot:changed events of every instance and
 * reloads itself from the database every minute in case an event was lost (Redis does not
 * replay messages missed while disconnected). Changes are applied one at a time, in order,
 * each from the rows as they are after the change.
 */
export class FreeSlotIndex {
  private slots: SlotView[] = [];
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private subscription: AsyncIterator<SlotsChangedEvent> | null = null;
  /** Events this instance applied before publishing them; their echo needs no work. */
  private readonly appliedHere = new Map<string, number>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly loader: ChangedSlotLoader,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {}

  async start(pubsub: AppPubSub): Promise<void> {
    await this.refresh();
    this.subscription = pubsub.subscribe('slot:changed')[Symbol.asyncIterator]();
    void this.follow(this.subscription);
    this.timer = setInterval(() => void this.enqueue(() => this.refresh()), REFRESH_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.subscription?.return?.();
    await this.queue;
  }

  /** Applies a change made by this instance before its mutation answers (read-your-writes). */
  applyOwn(event: SlotsChangedEvent): Promise<void> {
    this.rememberOwn(event.eventId);
    return this.enqueue(() => this.applyEvent(event));
  }

  /** Adds slots this instance just created, and so are free, without a database round trip. */
  insertOwn(events: readonly SlotsChangedEvent[]): Promise<void> {
    for (const event of events) this.rememberOwn(event.eventId);
    const slots = events.flatMap((event) => event.slots);
    return this.enqueue(async () =>
      this.replace(new Set(), slots.map((slot) => ({ id: slot.id, startTime: new Date(slot.startTime), endTime: new Date(slot.endTime), isAvailable: true }))),
    );
  }

  /** Free slots starting in [from, to) and after `now`, in start order. */
  query(from: Date, to: Date, now: Date): SlotView[] {
    const lower = Math.max(from.getTime(), now.getTime() + 1);
    const start = this.firstStartingAtOrAfter(lower);
    const end = this.firstStartingAtOrAfter(to.getTime());
    return this.slots.slice(start, Math.max(start, end));
  }

  private async follow(subscription: AsyncIterator<SlotsChangedEvent>): Promise<void> {
    for (;;) {
      const { value, done } = await subscription.next();
      if (done) return;
      if (this.appliedHere.delete(value.eventId)) continue;
      void this.enqueue(() => this.applyEvent(value));
    }
  }

  private rememberOwn(eventId: string): void {
    const now = Date.now();
    // Echoes arrive within milliseconds; forget ids that never came back (pub/sub outage).
    for (const [id, at] of this.appliedHere) {
      if (at > now - 60_000) break;
      this.appliedHere.delete(id);
    }
    this.appliedHere.set(eventId, now);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error: Error) => this.logger.warn({ err: error.message }, 'free-slot index update failed'));
    return this.queue;
  }

  private async applyEvent(event: SlotsChangedEvent): Promise<void> {
    const views = await this.loader.load(event);
    this.replace(new Set(views.keys()), [...views.values()].filter((view) => view.isAvailable));
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
