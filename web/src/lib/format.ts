// Dates and times as people read them, always in an explicit IANA time zone.
import { timeZoneLabel } from '@shared/time-zone-label';

export { timeZoneLabel };

export function formatDate(iso: string | Date, timeZone: string, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...options }).format(new Date(iso));
}

export function formatTime(iso: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

export function formatRange(start: string, end: string, timeZone: string): string {
  return `${formatTime(start, timeZone)}–${formatTime(end, timeZone)}`;
}

/** What a screen reader says for a slot: "Wednesday 25 November 2026, 09:00 to 09:30, Paris time (GMT+1)". */
export function spokenSlot(start: string, end: string, timeZone: string): string {
  return `${formatDate(start, timeZone)}, ${formatTime(start, timeZone)} to ${formatTime(end, timeZone)}, ${timeZoneLabel(timeZone, new Date(start))}`;
}

/**
 * The accessible name of a slot button: it starts with the text the button shows ("09:00–09:30"), as speech
 * input needs (WCAG 2.5.3), then says the day and the zone: "09:00–09:30, Wednesday 25 November 2026, Paris time (GMT+1): book".
 */
export function slotButtonLabel(start: string, end: string, timeZone: string): string {
  return `${formatRange(start, end, timeZone)}, ${formatDate(start, timeZone)}, ${timeZoneLabel(timeZone, new Date(start))}: book`;
}

/** The wall-clock time in `timeZone` as a floating ISO string, for calendars drawn in "UTC". */
export function wallClock(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Luxembourg';
}

const PICKED_ZONE_KEY = 'slotline.timezone';

/** The zone a visitor picked on the booking page before signing in, if any. */
export function pickedTimeZone(): string | null {
  return localStorage.getItem(PICKED_ZONE_KEY);
}

export function rememberPickedTimeZone(zone: string | null): void {
  if (zone) localStorage.setItem(PICKED_ZONE_KEY, zone);
  else localStorage.removeItem(PICKED_ZONE_KEY);
}

/** The zone to show a visitor who is not signed in, and to give a new account: their pick, else their browser's. */
export function visitorTimeZone(): string {
  return pickedTimeZone() ?? browserTimeZone();
}

export const TIME_ZONES: string[] = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? ['Europe/Luxembourg', 'UTC'];

/** The calendar date `days` from now, "YYYY-MM-DD" (UTC), for the value of a date input. */
export function dateInputInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
