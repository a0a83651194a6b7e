import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { formatLocalDate, formatWallClock, type LocalDate } from './local-date.js';

const knownZones = new Set(Intl.supportedValuesOf('timeZone'));

export function isValidTimeZone(zone: string): boolean {
  if (knownZones.has(zone) || zone === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which the wall clock in `zone` shows `minutes` after midnight on `date`,
 * or null when that wall-clock time does not exist there (skipped by a DST change).
 * For a time that occurs twice (the hour repeated in autumn), the earlier instant.
 */
export function zonedWallClockToUtc(date: LocalDate, minutes: number, zone: string): Date | null {
  const local = `${formatLocalDate(date)}T${formatWallClock(minutes)}:00`;
  const instant = fromZonedTime(local, zone);
  if (wallClockAt(instant, zone) !== local) return null;
  // In the repeated autumn hour date-fns-tz picks the later instant; prefer the earlier one.
  const hourEarlier = new Date(instant.getTime() - 3_600_000);
  return wallClockAt(hourEarlier, zone) === local ? hourEarlier : instant;
}

function wallClockAt(instant: Date, zone: string): string {
  return formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ss");
}
