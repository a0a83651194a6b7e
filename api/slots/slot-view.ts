/** A time slot as clients see it: availability is derived, never stored. */
export interface SlotView {
  id: string;
  startTime: Date;
  endTime: Date;
  isAvailable: boolean;
}

/** The select that isAvailable needs: whether the slot is blocked or actively booked. */
export const slotAvailabilitySelect = {
  id: true,
  startTime: true,
  endTime: true,
  isBlocked: true,
  isBusyInCalendar: true,
  appointments: { where: { status: 'SCHEDULED' as const }, select: { id: true }, take: 1 },
} as const;

/** Whether a slot may be booked at `now`, booked or not: in the future and not withheld. */
export function isOpenForBooking(slot: { startTime: Date; isBlocked: boolean; isBusyInCalendar: boolean }, now: Date): boolean {
  return !slot.isBlocked && !slot.isBusyInCalendar && slot.startTime > now;
}

export function toSlotView(
  slot: { id: string; startTime: Date; endTime: Date; isBlocked: boolean; isBusyInCalendar: boolean; appointments: unknown[] },
  now: Date,
): SlotView {
  return {
    id: slot.id,
    startTime: slot.startTime,
    endTime: slot.endTime,
    isAvailable: isOpenForBooking(slot, now) && slot.appointments.length === 0,
  };
}
