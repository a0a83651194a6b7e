import type { FieldProblem } from '../domain/field-problem.js';
import { formatLocalDate, type LocalDate } from '../domain/local-date.js';
import { parseDayHours } from '../domain/weekly-hours.js';
import type { Services } from '../services.js';

export type SetDateOverrideResult = { outcome: 'saved'; date: string } | { outcome: 'invalid'; fields: FieldProblem[] };

/**
 * Replaces the weekly hours on one local date; no hours close the day (a holiday). Affects
 * slots generated afterwards; existing slots stay.
 */
export async function setDateOverride(
  deps: Pick<Services, 'prisma' | 'rules'>,
  input: { date: LocalDate; hours: readonly { start: string; end: string }[]; note: string | null },
): Promise<SetDateOverrideResult> {
  const { intervals, problems } = parseDayHours(input.hours);
  if (problems.length > 0) return { outcome: 'invalid', fields: problems };
  const date = formatLocalDate(input.date);
  const rows = intervals.length > 0 ? intervals.map((hours) => ({ date, ...hours, note: input.note })) : [{ date, note: input.note }];
  await deps.prisma.$transaction([deps.prisma.dateOverride.deleteMany({ where: { date } }), deps.prisma.dateOverride.createMany({ data: rows })]);
  deps.rules.invalidate();
  return { outcome: 'saved', date };
}
