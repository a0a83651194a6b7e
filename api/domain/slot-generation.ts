import { addDays, daysBetween, isoWeekday, type LocalDate } from './local-date.js';
import { zonedWallClockToUtc } from './time-zone.js';
import type { WeeklyInterval } from './weekly-hours.js';

export interface SlotTimes {
  startTime: Date;
  endTime: Date;
}

export interface SlotGenerationRules {
  timezone: string;
  slotMinutes: number;
  weeklyHours: readonly WeeklyInterval[];
}

/**
 * The slots that the weekly hours define for the local dates from..to (inclusive).
 * Slots are laid out on the local wall clock, so 09:00 stays 09:00 across DST changes;
 * a slot whose start does not exist that day (skipped by the spring change) is left out,
 * and only whole slots that fit in an interval are produced.
 */
export function generateSlotTimes(rules: SlotGenerationRules, from: LocalDate, to: LocalDate): SlotTimes[] {
  const byWeekday = new Map<number, WeeklyInterval[]>();
  for (const interval of rules.weeklyHours) {
    byWeekday.set(interval.weekday, [...(byWeekday.get(interval.weekday) ?? []), interval]);
  }
  const slotMs = rules.slotMinutes * 60_000;
  const slots: SlotTimes[] = [];
  const days = daysBetween(from, to);
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(from, offset);
    for (const interval of byWeekday.get(isoWeekday(date)) ?? []) {
      for (let minute = interval.startMinute; minute + rules.slotMinutes <= interval.endMinute; minute += rules.slotMinutes) {
        const startTime = zonedWallClockToUtc(date, minute, rules.timezone);
        if (startTime) slots.push({ startTime, endTime: new Date(startTime.getTime() + slotMs) });
      }
    }
  }
  return slots;
}
