import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

/** A calendar day, "YYYY-MM-DD", and a month, "YYYY-MM", as the viewer's zone counts them. */
export type DayKey = string;
export type MonthKey = string;

/** The local day a moment falls on in `timeZone`: a slot belongs to the day it starts on there. */
export function dayOf(iso: string | Date, timeZone: string): DayKey {
  return formatInTimeZone(new Date(iso), timeZone, 'yyyy-MM-dd');
}

export function monthOf(day: DayKey): MonthKey {
  return day.slice(0, 7);
}

export function addMonths(month: MonthKey, count: number): MonthKey {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, index - 1 + count, 1));
  return date.toISOString().slice(0, 7);
}

/** The month's bounds in `timeZone` as instants, [from, to): the window its free times are loaded for. */
export function monthWindow(month: MonthKey, timeZone: string): { from: string; to: string } {
  return {
    from: fromZonedTime(`${month}-01T00:00:00`, timeZone).toISOString(),
    to: fromZonedTime(`${addMonths(month, 1)}-01T00:00:00`, timeZone).toISOString(),
  };
}

/** The month's days in weeks from Monday; days of the neighbouring months are null. */
export function monthWeeks(month: MonthKey): (DayKey | null)[][] {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, index - 1, 1));
  const length = new Date(Date.UTC(year, index, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (DayKey | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= length; day++) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** The day `count` days after `day` (negative: before), on the calendar alone. */
export function addDays(day: DayKey, count: number): DayKey {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** Slots grouped by the local day they start on in `timeZone`, each day's soonest first. */
export function slotsByDay<T extends { startTime: string }>(slots: readonly T[], timeZone: string): Map<DayKey, T[]> {
  const days = new Map<DayKey, T[]>();
  for (const slot of slots) {
    const day = dayOf(slot.startTime, timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return days;
}

/** How people read a day key: "Thursday 3 December" (a calendar day: no zone shifts it). */
export function dayName(day: DayKey, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', ...options }).format(new Date(`${day}T12:00:00Z`));
}

export function monthName(month: MonthKey): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${month}-15T12:00:00Z`));
}
