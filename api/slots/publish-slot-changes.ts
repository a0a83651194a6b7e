import { randomUUID } from 'node:crypto';
import type { AppPubSub, SlotsChangedEvent } from '../pubsub.js';
import type { FreeSlotIndex } from './free-slot-index.js';

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

/** For processes without an index of their own (separate workers). */
export function publishedSlotChanges(pubsub: AppPubSub): SlotChanges {
  return {
    async announce(slots) {
      for (const event of toEvents(slots)) pubsub.publish('slot:changed', event);
    },
  };
}

/**
 * For API instances: this instance's index is updated before the caller continues, so a
 * client reading right after its own booking never sees the slot as free; then the event
 * goes out to every instance.
 */
export function indexedSlotChanges(pubsub: AppPubSub, index: FreeSlotIndex): SlotChanges {
  return {
    async announce(slots, options) {
      const events = toEvents(slots);
      if (options?.created) await index.insertOwn(events);
      for (const event of events) {
        if (!options?.created) await index.applyOwn(event);
        pubsub.publish('slot:changed', event);
      }
    },
  };
}
