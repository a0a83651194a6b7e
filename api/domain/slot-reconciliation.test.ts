import { describe, expect, it } from 'vitest';
import { reconcileSlots } from './slot-reconciliation.js';

const at = (hhmm: string, minutes = 30) => {
  const startTime = new Date(`2030-12-23T${hhmm}:00Z`);
  return { startTime, endTime: new Date(startTime.getTime() + minutes * 60_000) };
};
const existing = (hhmm: string, booked = false, minutes = 30) => ({ id: hhmm, booked, ...at(hhmm, minutes) });
const starts = (slots: { startTime: Date }[]) => slots.map((slot) => slot.startTime.toISOString().slice(11, 16));

describe('reconcileSlots', () => {
  it('keeps slots the hours still contain, closes free ones they do not, and opens the missing ones', () => {
    const plan = reconcileSlots([at('09:00'), at('09:30'), at('10:00')], [existing('08:30'), existing('09:00'), existing('09:30')]);
    expect(starts(plan.open)).toEqual(['10:00']);
    expect(plan.close.map((slot) => slot.id)).toEqual(['08:30']);
    expect(plan.bookedOutside).toEqual([]);
  });

  it('never closes a booked slot, and opens nothing that would overlap it', () => {
    const plan = reconcileSlots([at('09:00', 60), at('10:00', 60)], [existing('09:30', true), existing('10:00')]);
    expect(plan.bookedOutside.map((slot) => slot.id)).toEqual(['09:30']);
    expect(plan.close.map((slot) => slot.id)).toEqual(['10:00']);
    // 09:00-10:00 overlaps the booked 09:30-10:00; 10:00-11:00 only replaces the closed 10:00.
    expect(starts(plan.open)).toEqual(['10:00']);
  });

  it('treats a slot of another length at the same start as outside the hours', () => {
    const plan = reconcileSlots([at('09:00', 45)], [existing('09:00')]);
    expect(plan.close.map((slot) => slot.id)).toEqual(['09:00']);
    expect(starts(plan.open)).toEqual(['09:00']);
  });

  it('changes nothing when the slots already match, in any order', () => {
    const plan = reconcileSlots([at('10:00'), at('09:00')], [existing('09:00'), existing('10:00')]);
    expect(plan).toEqual({ open: [], close: [], bookedOutside: [] });
  });
});
