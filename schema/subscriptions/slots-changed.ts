import type { SlotView } from '../../api/slots/slot-view.js';
import { builder } from '../builder.js';
import { assertSlotWindow, TimeSlotRef } from '../nodes/time-slot.js';

builder.subscriptionField('slotsChanged', (t) =>
  t.field({
    type: TimeSlotRef,
    description:
      'Emits a slot each time its availability changes (booked, freed, blocked, created, deleted) and its start lies in [from, to). Public.',
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true }),
    },
    subscribe: async function* (_root, { from, to }, context): AsyncGenerator<SlotView> {
      assertSlotWindow(from, to);
      const [fromMs, toMs] = [from.getTime(), to.getTime()];
      for await (const event of context.pubsub.subscribe('slot:changed')) {
        const inWindow = event.slots.filter((slot) => {
          const start = Date.parse(slot.startTime);
          return start >= fromMs && start < toMs;
        });
        if (inWindow.length === 0) continue;
        const views = await context.changedSlots.load(event);
        for (const slot of inWindow) yield views.get(slot.id)!;
      }
    },
    resolve: (slot) => slot,
  }),
);
