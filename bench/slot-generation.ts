import { formatInTimeZone } from 'date-fns-tz';
import { addDays, formatLocalDate, parseLocalDate } from '../api/domain/local-date.js';
import { generateSlotTimes } from '../api/domain/slot-generation.js';
import { parseWeeklyHours } from '../api/domain/weekly-hours.js';
import { gql } from './client.js';
import { summarize } from './stats.js';

const GENERATE =
  'mutation($from: String!, $to: String!) { generateSlots(input: { from: $from, to: $to }) { ... on GenerateSlotsSuccess { created skipped } } }';

/** A year of slots through the API (first run and idempotent re-run) and in-process. */
export async function slotGeneration(url: string, providerToken: string, weeklyHours: { weekday: number; start: string; end: string }[]) {
  const today = parseLocalDate(formatInTimeZone(new Date(), 'Europe/Luxembourg', 'yyyy-MM-dd'))!;
  const from = addDays(today, 800);
  const to = addDays(from, 365);
  const range = { from: formatLocalDate(from), to: formatLocalDate(to) };
  const time = async () => {
    const start = performance.now();
    const data = await gql<{ generateSlots: { created: number; skipped: number } }>(url, GENERATE, range, providerToken);
    return { ms: performance.now() - start, ...data.generateSlots };
  };
  const first = await time();
  // Let the other instance finish loading the new slots it heard about, so that the
  // re-run measures the idempotent generation itself.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const again = await time();
  const rules = { timezone: 'Europe/Luxembourg', slotMinutes: 30, weeklyHours: parseWeeklyHours(weeklyHours).intervals };
  const pure = Array.from({ length: 10 }, () => {
    const start = performance.now();
    generateSlotTimes(rules, from, to);
    return performance.now() - start;
  });
  return { first, again, pureMedian: summarize(pure).p50, range };
}
