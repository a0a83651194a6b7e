import type { FieldProblem } from './field-problem.js';
import { addDays, daysBetween, formatLocalDate, isoWeekday, type LocalDate } from './local-date.js';
import { steadyOffsetOn, zonedWallClockToUtc } from './time-zone.js';
import type { WeeklyInterval } from './weekly-hours.js';

export interface SlotTimes {
  startTime: Date;
  endTime: Date;
}

export interface SlotGenerationRules {
  timezone: string;
  slotMinutes: number;
  /** Free minutes kept after each slot; 0 by default. */
  bufferMinutes?: number;
  weeklyHours: readonly WeeklyInterval[];
  /** Hours that replace the weekly ones on a local date ("YYYY-MM-DD"); none: closed that day. */
  dateOverrides?: ReadonlyMap<string, readonly { startMinute: number; endMinute: number }[]>;
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
  const step = rules.slotMinutes + (rules.bufferMinutes ?? 0);
  const slots: SlotTimes[] = [];
  const days = daysBetween(from, to);
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(from, offset);
    const intervals = rules.dateOverrides?.get(formatLocalDate(date)) ?? byWeekday.get(isoWeekday(date)) ?? [];
    if (intervals.length === 0) continue;
    // Most days have one offset throughout: convert by arithmetic; DST days exactly, time by time.
    const steady = steadyOffsetOn(date, rules.timezone);
    const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
    for (const interval of intervals) {
      for (let minute = interval.startMinute; minute + rules.slotMinutes <= interval.endMinute; minute += step) {
        const startTime = steady === null ? zonedWallClockToUtc(date, minute, rules.timezone) : new Date(utcMidnight + (minute - steady) * 60_000);
        if (startTime) slots.push({ startTime, endTime: new Date(startTime.getTime() + slotMs) });
      }
    }
  }
  return slots;
}

/** The most local dates that one generation may cover. */
export const MAX_GENERATION_DAYS = 366;

/** Why slots cannot be generated for from..to in one go, or null when they can. */
export function generationRangeProblem(from: LocalDate, to: LocalDate): FieldProblem | null {
  const days = daysBetween(from, to) + 1;
  if (days < 1) return { path: 'to', message: '"to" must not be before "from".' };
  if (days > MAX_GENERATION_DAYS) return { path: 'to', message: `At most ${MAX_GENERATION_DAYS} days at a time.` };
  return null;
}
