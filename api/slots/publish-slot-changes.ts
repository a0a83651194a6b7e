import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { AppPubSub, SlotsChangedEvent } from '../pubsub.js';
import type { FreeSlotIndex } from './free-slot-index.js';
import type { SlotEventLog } from './slot-event-log.js';
import type { SlotFeed } from './slot-feed.js';

const SLOTS_PER_EVENT = 500;

type ChangedSlot = { id: string; startTime: Date; endTime: Date };

/** Tells every API instance (and its subscribers) that these slots' availability may have changed. */
export interface SlotChanges {
  /** `created`: the slots were just inserted, so they are free without looking them up. */
  announce(slots: readonly ChangedSlot[], options?: { created?: boolean }): Promise<void>;
}

function toEvents(slots: readonly ChangedSlot[]): SlotsChangedEvent[] {
  const events: SlotsChangedEvent[] = [];
  for (let i = 0; i < slots.length; i += SLOTS_PER_EVENT) {
    events.push({
      eventId: randomUUID(),
      slots: slots.slice(i, i + SLOTS_PER_EVENT).map((slot) => ({
        id: slot.id,
        startTime: slot.startTime.toISOString(),
        endTime: slot.endTime.toISOString(),
      })),
    });
  }
  return events;
}

/**
 * Sends events to every instance: at once over pub/sub, and durably through the database log,
 * which instances read every second, so an event Redis drops still arrives.
 */
async function broadcast(deps: BroadcastDeps, events: readonly SlotsChangedEvent[]): Promise<void> {
  for (const event of events) deps.pubsub.publish('slot:changed', event);
  try {
    await deps.log.record(events);
  } catch (error) {
    // The change itself is committed: its caller must not fail. Other instances still hear
    // it over pub/sub, and reload their index within a minute in any case.
    deps.logger.warn({ err: (error as Error).message, events: events.length }, 'slot events not logged');
  }
}

interface BroadcastDeps {
  pubsub: AppPubSub;
  log: SlotEventLog;
  logger: Logger;
}

/** For processes without an index of their own (separate workers). */
export function publishedSlotChanges(deps: BroadcastDeps): SlotChanges {
  return {
    announce: (slots) => broadcast(deps, toEvents(slots)),
  };
}

/**
 * For API instances: this instance's index and subscribers get the change before the caller
 * continues, so a client reading right after its own booking never sees the slot as free;
 * then the event goes out to every instance.
 */
export function indexedSlotChanges(deps: BroadcastDeps & { index: FreeSlotIndex; feed: SlotFeed }): SlotChanges {
  return {
    async announce(slots, options) {
      const events = toEvents(slots);
      if (options?.created) await deps.index.insertOwn(events);
      for (const event of events) {
        if (!options?.created) await deps.index.apply(event);
        deps.feed.own(event);
      }
      await broadcast(deps, events);
    },
  };
}
