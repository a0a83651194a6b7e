import type { PrismaClient } from '../db/prisma.js';

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
  appointments: { where: { status: 'SCHEDULED' as const }, select: { id: true }, take: 1 },
} as const;

export function toSlotView(
  slot: { id: string; startTime: Date; endTime: Date; isBlocked: boolean; appointments: unknown[] },
  now: Date,
): SlotView {
  return {
    id: slot.id,
    startTime: slot.startTime,
    endTime: slot.endTime,
    isAvailable: !slot.isBlocked && slot.appointments.length === 0 && slot.startTime > now,
  };
}

/** Free, future slots starting in [from, to), ordered by start. */
export async function findAvailableSlots(prisma: PrismaClient, from: Date, to: Date, now: Date): Promise<SlotView[]> {
  const slots = await prisma.timeSlot.findMany({
    where: {
      startTime: { gte: from, gt: now, lt: to },
      isBlocked: false,
      appointments: { none: { status: 'SCHEDULED' } },
    },
    select: { id: true, startTime: true, endTime: true },
    orderBy: { startTime: 'asc' },
  });
  return slots.map((slot) => ({ ...slot, isAvailable: true }));
}
