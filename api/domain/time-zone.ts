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

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset in minutes at an instant (e.g. 60 for Luxembourg in winter). */
export function utcOffsetMinutes(instantMs: number, zone: string): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    offsetFormats.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instantMs).map((part) => [part.type, part.value]));
  const wallClockAsUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((wallClockAsUtc - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
}

/**
 * The offset that holds for the whole local day, or null when the offset changes during
 * it (a DST day), in which case each time must be converted on its own.
 */
export function steadyOffsetOn(date: LocalDate, zone: string): number | null {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  // Local days lie within UTC midnight minus 14 hours and the next UTC midnight plus 12 hours.
  const early = utcOffsetMinutes(utcMidnight - 14 * 3_600_000, zone);
  const late = utcOffsetMinutes(utcMidnight + 36 * 3_600_000, zone);
  return early === late ? early : null;
}

/** The local date that the wall clock in `zone` shows at an instant. */
export function localDateAt(instant: Date, zone: string): LocalDate {
  const [year, month, day] = formatInTimeZone(instant, zone, 'yyyy-MM-dd').split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}
