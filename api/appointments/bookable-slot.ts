import { isConflictError } from '../db/database-errors.js';
import { bookingWindow, outsideWindow, type BookingRules } from '../domain/booking-window.js';
import type { Prisma, TimeSlot } from '../generated/prisma/client.js';
import { isOpenForBooking } from '../slots/slot-view.js';
import type { SlotUnavailable } from './outcomes.js';

// Shared by booking and rescheduling, which both put an appointment into a slot.

export const SLOT_TAKEN = 'This time slot is no longer available. Please choose another one.';

const slotTaken: SlotUnavailable = { outcome: 'slot-unavailable', reason: SLOT_TAKEN };

/**
 * The slot, read in the caller's transaction, if an appointment may be put into it at `now`: it
 * exists, is neither blocked nor busy in the provider's calendar, has not started, and lies within
 * the booking window. Whether another appointment holds it is settled by the database when the
 * appointment is written (see settleSlotConflict).
 */
export async function findBookableSlot(
  tx: Prisma.TransactionClient,
  slotId: string,
  now: Date,
  rules: BookingRules,
): Promise<{ outcome: 'bookable'; slot: TimeSlot } | SlotUnavailable> {
  const slot = await tx.timeSlot.findUnique({ where: { id: slotId } });
  if (!slot || !isOpenForBooking(slot, now)) return slotTaken;
  const tooSoonOrFar = outsideWindow(slot.startTime, bookingWindow(now, rules), rules);
  if (tooSoonOrFar) return { outcome: 'slot-unavailable', reason: tooSoonOrFar };
  return { outcome: 'bookable', slot };
}

/**
 * Runs a change that puts an appointment into a slot. The partial unique index on (slotId)
 * WHERE status = 'SCHEDULED' and the exclusion constraint on scheduled times settle races:
 * the change that loses sees a violation, which means the slot was just taken.
 */
export async function settleSlotConflict<Result>(change: () => Promise<Result>): Promise<Result | SlotUnavailable> {
  try {
    return await change();
  } catch (error) {
    if (isConflictError(error)) return slotTaken;
    throw error;
  }
}
