// Calendar dates ("YYYY-MM-DD") and wall-clock times ("HH:MM") without a time zone.
// Calendar arithmetic is done on UTC midnights, where every day has 24 hours.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const DAY_MS = 86_400_000;

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export function parseLocalDate(text: string): LocalDate | null {
  const match = LOCAL_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? { year, month, day } : null;
}

// The years the application handles: far enough for any practice, and clear of the overflow
// that dates near 9999 meet once they are turned into instants.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
export const SUPPORTED_DATES = `Dates must lie between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31.`;

export function isSupportedDate({ year }: LocalDate): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function formatLocalDate({ year, month, day }: LocalDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from `from` to `to`, both included; 0 when they are equal, negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(toUtcMidnight(date) + days * DAY_MS);
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const weekday = new Date(toUtcMidnight(date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** "HH:MM" to minutes after midnight; "24:00" is allowed as an end of day. */
export function parseWallClock(text: string): number | null {
  if (!WALL_CLOCK.test(text)) return null;
  const [hours, minutes] = text.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

export function formatWallClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function toUtcMidnight({ year, month, day }: LocalDate): number {
  return Date.UTC(year, month - 1, day);
}
