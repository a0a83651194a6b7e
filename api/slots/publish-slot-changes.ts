import { randomUUID } from 'node:crypto';
import type { AppPubSub } from '../pubsub.js';

const SLOTS_PER_EVENT = 500;

/** Tells every API instance that these slots' availability may have changed. */
export function publishSlotChanges(
  pubsub: AppPubSub,
  slots: readonly { id: string; startTime: Date; endTime: Date }[],
): void {
  for (let i = 0; i < slots.length; i += SLOTS_PER_EVENT) {
    pubsub.publish('slot:changed', {
      eventId: randomUUID(),
      slots: slots.slice(i, i + SLOTS_PER_EVENT).map((slot) => ({
        id: slot.id,
        startTime: slot.startTime.toISOString(),
        endTime: slot.endTime.toISOString(),
      })),
    });
  }
}
