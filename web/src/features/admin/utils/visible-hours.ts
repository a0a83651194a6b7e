import { wallClock } from '../../../lib/format';

const pad = (hour: number) => `${String(hour).padStart(2, '0')}:00:00`;

/**
 * The hours of the day a week grid shows: every slot in `zone`, with an hour around them, and at
 * least 08:00-18:00, so nothing booked early or late is ever cut off.
 */
export function visibleHours(slots: readonly { startTime: string; endTime: string }[], zone: string): { min: string; max: string } {
  let first = 8;
  let last = 18;
  for (const slot of slots) {
    const start = wallClock(slot.startTime, zone);
    const end = wallClock(slot.endTime, zone);
    const endsNextDay = end.slice(0, 10) !== start.slice(0, 10);
    const endHour = Number(end.slice(11, 13)) + (end.slice(14, 16) === '00' ? 0 : 1);
    first = Math.min(first, Math.max(0, Number(start.slice(11, 13)) - 1));
    last = Math.max(last, endsNextDay ? 24 : Math.min(24, endHour + 1));
  }
  return { min: pad(first), max: pad(last) };
}
