import type { SlotView } from '../../api/slots/slot-view.js';
import { bookingWindow } from '../../api/domain/booking-window.js';
import { builder } from '../builder.js';
import { ValidationError } from '../error-classes.js';

export const TimeSlotRef = builder.objectRef<SlotView>('TimeSlot').implement({
  description: "A bookable period of the provider's time.",
  fields: (t) => ({
    id: t.exposeID('id'),
    startTime: t.expose('startTime', { type: 'DateTime' }),
    endTime: t.expose('endTime', { type: 'DateTime' }),
    isAvailable: t.exposeBoolean('isAvailable', {
      description: 'Free to book now: in the future, not booked and not blocked by the provider.',
    }),
  }),
});

const MAX_RANGE_DAYS = 62;
const NOMINAL_SLOT_MS = 30 * 60_000;

/** The cost of a slot list: how many 30-minute slots the window could hold. */
export function slotWindowComplexity({ from, to }: { from: Date; to: Date }) {
  const span = Math.min(to.getTime() - from.getTime(), MAX_RANGE_DAYS * 24 * 3_600_000);
  return { field: 1, multiplier: Math.max(1, Math.ceil(span / NOMINAL_SLOT_MS)) };
}

/** Checks a public [from, to) window; used by availableSlots and slotsChanged. */
export function assertSlotWindow(from: Date, to: Date): void {
  if (to <= from) {
    throw new ValidationError([{ path: 'to', message: '"to" must be after "from".' }]);
  }
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new ValidationError([{ path: 'to', message: `The window can span at most ${MAX_RANGE_DAYS} days.` }]);
  }
}

builder.queryField('availableSlots', (t) =>
  t.field({
    type: [TimeSlotRef],
    complexity: slotWindowComplexity,
    description: `Free, future slots whose start lies in [from, to), ordered by start. Public. At most ${MAX_RANGE_DAYS} days per call.`,
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: async (_root, { from, to }, context) => {
      assertSlotWindow(from, to);
      const now = context.now();
      const { earliest, latest } = bookingWindow(now, await context.rules.get());
      return context.freeSlots.query(from > earliest ? from : earliest, to < latest ? to : latest, now);
    },
  }),
);
