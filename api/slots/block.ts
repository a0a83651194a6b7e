import type { Services } from '../services.js';
import { slotAvailabilitySelect, toSlotView, type SlotView } from './slot-view.js';

export type SetSlotBlockedResult = { outcome: 'updated'; slot: SlotView } | { outcome: 'not-found' };

/** Withholds one slot from booking, or offers it again. A booked slot keeps its appointment. */
export async function setSlotBlocked(
  deps: Pick<Services, 'prisma' | 'slotChanges' | 'now'>,
  input: { slotId: string; blocked: boolean },
): Promise<SetSlotBlockedResult> {
  const { count } = await deps.prisma.timeSlot.updateMany({ where: { id: input.slotId }, data: { isBlocked: input.blocked } });
  if (count === 0) return { outcome: 'not-found' };
  const changed = await deps.prisma.timeSlot.findUniqueOrThrow({ where: { id: input.slotId }, select: slotAvailabilitySelect });
  await deps.slotChanges.announce([changed]);
  return { outcome: 'updated', slot: toSlotView(changed, deps.now()) };
}
