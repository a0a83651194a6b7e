import type { Slot } from '../hooks/use-live-slots';

/** The free slots closest in time to `target`, nearest first. */
export function nearestSlots(slots: readonly Slot[], target: string, count = 3): Slot[] {
  const at = Date.parse(target);
  return [...slots]
    .filter((slot) => slot.startTime !== target)
    .sort((a, b) => Math.abs(Date.parse(a.startTime) - at) - Math.abs(Date.parse(b.startTime) - at))
    .slice(0, count);
}
