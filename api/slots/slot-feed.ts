import { createPubSub } from '@graphql-yoga/subscription';
import type { Logger } from '../logger.js';
import type { AppPubSub, SlotsChangedEvent } from '../pubsub.js';
import type { FreeSlotIndex } from './free-slot-index.js';
import type { SlotEventLog } from './slot-event-log.js';

export interface SlotFeedTiming {
  /** How often the database log is read for events that Redis did not bring. */
  pollMs: number;
  /** How far back each read looks; an outage of the reads longer than this may have lost events. */
  lookbackMs: number;
  /** How long events are kept in the log. */
  retentionMs: number;
}

export const DEFAULT_FEED_TIMING: SlotFeedTiming = { pollMs: 1_000, lookbackMs: 30_000, retentionMs: 10 * 60_000 };

type LocalTopics = { changed: [SlotsChangedEvent]; resync: [Date] };

/**
 * This instance's view of every slot change, from wherever it comes first: its own mutations,
 * Redis (fast), or the database log (read every second, so nothing is lost while Redis is
 * away). Each event is applied to the free-slot index and handed to this instance's
 * subscribers exactly once. When the feed itself was cut off for longer than the log's
 * look-back, the index reloads and subscribers are told to resync.
 */
export class SlotFeed {
  private readonly local = createPubSub<LocalTopics>();
  private readonly seen = new Map<string, number>();
  private readonly timers: NodeJS.Timeout[] = [];
  private subscription: AsyncIterator<SlotsChangedEvent> | null = null;
  /** When the last successful read of the log began: events older than that minus the look-back are in the index. */
  private lastRead = Date.now();
  private unreachable = false;
  /** Counts for operators: events from pub/sub and those of them already known, events brought by the log that Redis had not, and resyncs. */
  readonly stats = { received: 0, duplicates: 0, recoveredFromLog: 0, resyncs: 0 };

  constructor(private readonly deps: { pubsub: AppPubSub; log: SlotEventLog; index: FreeSlotIndex; logger: Logger; timing?: SlotFeedTiming }) {}

  private get timing(): SlotFeedTiming {
    return this.deps.timing ?? DEFAULT_FEED_TIMING;
  }

  /** Call once the index is loaded: it is current as of now. */
  start(): void {
    this.lastRead = Date.now();
    this.subscription = this.deps.pubsub.subscribe('slot:changed')[Symbol.asyncIterator]();
    void this.follow(this.subscription);
    this.every(this.timing.pollMs, () => this.readLog());
    this.every(60_000, () => this.deps.log.prune(this.timing.retentionMs).then(() => undefined));
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await this.subscription?.return?.();
  }

  /** A change this instance made: already in its index; hand it to local subscribers now. */
  own(event: SlotsChangedEvent): void {
    this.remember(event.eventId);
    this.local.publish('changed', event);
  }

  changes(): AsyncIterable<SlotsChangedEvent> {
    return this.local.subscribe('changed');
  }

  resyncs(): AsyncIterable<Date> {
    return this.local.subscribe('resync');
  }

  private async follow(subscription: AsyncIterator<SlotsChangedEvent>): Promise<void> {
    for (;;) {
      const next = await subscription.next();
      if (next.done) return;
      this.stats.received++;
      if (!this.receive(next.value)) this.stats.duplicates++;
    }
  }

  private receive(event: SlotsChangedEvent): boolean {
    if (this.seen.has(event.eventId)) return false;
    this.remember(event.eventId);
    void this.deps.index.apply(event);
    this.local.publish('changed', event);
    return true;
  }

  private async readLog(): Promise<void> {
    const began = Date.now();
    let events: SlotsChangedEvent[];
    try {
      events = await this.deps.log.recent(this.timing.lookbackMs);
    } catch (error) {
      if (!this.unreachable) this.deps.logger.warn({ err: (error as Error).message }, 'slot event log unreachable; live updates may lag');
      this.unreachable = true;
      return;
    }
    this.unreachable = false;
    for (const event of events) if (this.receive(event)) this.stats.recoveredFromLog++;
    // The read saw the events of the look-back before it ran, which was at the latest now.
    const uncovered = Date.now() - this.lastRead;
    this.lastRead = began;
    if (uncovered > this.timing.lookbackMs) {
      await this.resync(`the slot event log could not be read for ${Math.round(uncovered / 1000)} s`);
    }
  }

  private async resync(reason: string): Promise<void> {
    this.stats.resyncs++;
    this.deps.logger.warn({ reason }, 'slot feed interrupted; reloading and telling subscribers to resync');
    await this.deps.index.reload();
    this.local.publish('resync', new Date());
  }

  private remember(eventId: string): void {
    const now = Date.now();
    // Ids are needed only while the event can still arrive by another path.
    for (const [id, at] of this.seen) {
      if (at > now - 2 * this.timing.lookbackMs) break;
      this.seen.delete(id);
    }
    this.seen.set(eventId, now);
  }

  private every(ms: number, task: () => Promise<void>): void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      task()
        .catch((error: Error) => this.deps.logger.warn({ err: error.message }, 'slot feed task failed'))
        .finally(() => (running = false));
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }
}
