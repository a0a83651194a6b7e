import type { FieldProblem } from './field-problem.js';
import { formatWallClock, parseWallClock } from './local-date.js';

/** One working interval on an ISO weekday, in minutes after local midnight. */
export interface WeeklyInterval {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface WeeklyHoursText {
  weekday: number;
  start: string;
  end: string;
}

/** Working hours within one day, in minutes after local midnight. */
export interface DayInterval {
  startMinute: number;
  endMinute: number;
}

/**
 * Validates weekly hours as typed by a person ("HH:MM") and converts them to minutes.
 * Intervals on one day must not overlap; the gaps between them are the breaks.
 */
export function parseWeeklyHours(input: readonly WeeklyHoursText[], pathPrefix = 'weeklyHours'): { intervals: WeeklyInterval[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const intervals: (WeeklyInterval & { index: number })[] = [];
  input.forEach((entry, index) => {
    const at = (field: string) => `${pathPrefix}.${index}.${field}`;
    const startMinute = parseWallClock(entry.start);
    const endMinute = parseWallClock(entry.end);
    if (!Number.isInteger(entry.weekday) || entry.weekday < 1 || entry.weekday > 7) {
      problems.push({ path: at('weekday'), message: 'Weekday must be 1 (Monday) to 7 (Sunday).' });
    }
    if (startMinute === null || startMinute === 24 * 60) {
      problems.push({ path: at('start'), message: 'Start must be a time "HH:MM" between 00:00 and 23:59.' });
    }
    if (endMinute === null) {
      problems.push({ path: at('end'), message: 'End must be a time "HH:MM" between 00:00 and 24:00.' });
    }
    if (startMinute !== null && endMinute !== null && endMinute <= startMinute) {
      problems.push({ path: at('end'), message: 'End must be after start.' });
    }
    if (problems.length === 0 && startMinute !== null && endMinute !== null) {
      intervals.push({ weekday: entry.weekday, startMinute, endMinute, index });
    }
  });
  if (problems.length > 0) return { intervals: [], problems };

  const sorted = [...intervals].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (previous.weekday === current.weekday && current.startMinute < previous.endMinute) {
      problems.push({
        path: `${pathPrefix}.${current.index}.start`,
        message: `Overlaps ${formatWallClock(previous.startMinute)}-${formatWallClock(previous.endMinute)} on the same day.`,
      });
    }
  }
  if (problems.length > 0) return { intervals: [], problems };
  return { intervals: sorted.map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute })), problems };
}

/**
 * Validates the hours of a single day ("HH:MM"), by the same rules as a day of weekly hours:
 * no overlaps, and an empty list is a closed day.
 */
export function parseDayHours(input: readonly { start: string; end: string }[], pathPrefix = 'hours'): { intervals: DayInterval[]; problems: FieldProblem[] } {
  const { intervals, problems } = parseWeeklyHours(
    input.map((hours) => ({ weekday: 1, ...hours })),
    pathPrefix,
  );
  return { intervals: intervals.map(({ startMinute, endMinute }) => ({ startMinute, endMinute })), problems };
}
