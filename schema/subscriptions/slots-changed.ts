import { Repeater } from 'graphql-yoga';
import type { SlotView } from '../../api/slots/slot-view.js';
import { builder } from '../builder.js';
import { assertSlotWindow, TimeSlotRef } from '../nodes/time-slot.js';

builder.subscriptionField('slotsChanged', (t) =>
  t.field({
    type: TimeSlotRef,
    description: 'Emits a slot each time its availability changes (booked, freed, blocked, created, deleted) and its start lies in [from, to). Public.',
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true }),
    },
    // A Repeater, not an async generator: a generator waiting for the next event cannot be
    // returned, so a closed socket would keep its subscription until some slot changed.
    subscribe: (_root, { from, to }, context) => {
      assertSlotWindow(from, to);
      const [fromMs, toMs] = [from.getTime(), to.getTime()];
      return new Repeater<SlotView>(async (push, stop) => {
        const events = context.slotFeed.changes()[Symbol.asyncIterator]();
        void stop.then(() => events.return?.());
        for (let next = await events.next(); !next.done; next = await events.next()) {
          const inWindow = next.value.slots.filter((slot) => {
            const start = Date.parse(slot.startTime);
            return start >= fromMs && start < toMs;
          });
          if (inWindow.length === 0) continue;
          const views = await context.changedSlots.load(next.value);
          for (const slot of inWindow) await push(views.get(slot.id)!);
        }
        stop();
      });
    },
    resolve: (slot) => slot,
  }),
);
