import type { SlotTimes } from './slot-generation.js';

export interface ExistingSlot extends SlotTimes {
  id: string;
  /** Holds a scheduled appointment: never closed by a change of hours. */
  booked: boolean;
}

export interface SlotReconciliation<Slot extends ExistingSlot = ExistingSlot> {
  /** Wanted by the new hours, and clear of every slot that stays. */
  open: SlotTimes[];
  /** Free slots that the new hours no longer contain. */
  close: Slot[];
  /** Booked slots that the new hours no longer contain: they stay, with their appointments. */
  bookedOutside: Slot[];
}

const key = (slot: SlotTimes) => `${slot.startTime.getTime()}/${slot.endTime.getTime()}`;

/**
 * How existing slots must change so that they match the slots new hours define: slots that
 * the hours still contain (same start and end) stay as they are, free ones that no longer
 * fit close, booked ones stay and are reported, and wanted slots that overlap nothing that
 * stays open. Both lists cover the same dates.
 */
export function reconcileSlots<Slot extends ExistingSlot>(wanted: readonly SlotTimes[], existing: readonly Slot[]): SlotReconciliation<Slot> {
  const wantedKeys = new Set(wanted.map(key));
  const close: Slot[] = [];
  const bookedOutside: Slot[] = [];
  const staying: Slot[] = [];
  for (const slot of existing) {
    if (wantedKeys.has(key(slot))) staying.push(slot);
    else if (slot.booked) {
      bookedOutside.push(slot);
      staying.push(slot);
    } else close.push(slot);
  }
  return { open: clearOf(wanted, staying), close, bookedOutside };
}

/** The slots of `candidates` that overlap none of `taken`, by one sweep over both in time order. */
function clearOf(candidates: readonly SlotTimes[], taken: readonly SlotTimes[]): SlotTimes[] {
  const sortedTaken = [...taken].sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
  const sortedCandidates = [...candidates].sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
  const clear: SlotTimes[] = [];
  let first = 0;
  for (const candidate of sortedCandidates) {
    // Slots never overlap each other, so taken ones ending before this candidate starts end before every later one too.
    while (first < sortedTaken.length && sortedTaken[first]!.endTime <= candidate.startTime) first++;
    const next = sortedTaken[first];
    if (!next || next.startTime >= candidate.endTime) clear.push(candidate);
  }
  return clear;
}
