import type { FieldProblem } from '../domain/field-problem.js';
import { formatLocalDate, type LocalDate } from '../domain/local-date.js';
import { parseDayHours, type DayInterval } from '../domain/weekly-hours.js';
import type { Services } from '../services.js';
import { loadProviderRules } from '../settings/provider-settings.js';
import { commitHoursChange, planHoursChange, summarize, type SlotChangeSummary } from './follow-hours.js';

export type SetDateOverrideResult = { outcome: 'saved'; date: string; slots: SlotChangeSummary } | { outcome: 'invalid'; fields: FieldProblem[] };
export type PreviewDateOverrideResult = { outcome: 'preview'; date: string; slots: SlotChangeSummary } | { outcome: 'invalid'; fields: FieldProblem[] };

interface DateOverrideInput {
  date: LocalDate;
  hours: readonly { start: string; end: string }[];
  note: string | null;
}

type Deps = Pick<Services, 'prisma' | 'now'>;

/** The plan for one date's slots when `intervals` (none: closed) replace its hours. */
export async function planDateHours(deps: Deps, date: LocalDate, intervals: readonly DayInterval[] | null) {
  const rules = await loadProviderRules(deps.prisma);
  const dateOverrides = new Map(rules.dateOverrides);
  if (intervals) dateOverrides.set(formatLocalDate(date), [...intervals]);
  else dateOverrides.delete(formatLocalDate(date));
  return planHoursChange(deps.prisma, { ...rules, dateOverrides }, deps.now(), { from: date, to: date });
}

/** What setDateOverride would do to that date's slots; nothing is written. */
export async function previewDateOverride(deps: Deps, input: Omit<DateOverrideInput, 'note'>): Promise<PreviewDateOverrideResult> {
  const { intervals, problems } = parseDayHours(input.hours);
  if (problems.length > 0) return { outcome: 'invalid', fields: problems };
  const plan = await planDateHours(deps, input.date, intervals);
  return { outcome: 'preview', date: formatLocalDate(input.date), slots: summarize(plan) };
}

/**
 * Replaces the weekly hours on one local date; no hours close the day (a holiday). The
 * date's free slots follow at once (closed, or opened for special hours); booked ones stay
 * and are reported.
 */
export async function setDateOverride(deps: Deps & Pick<Services, 'rules' | 'slotChanges'>, input: DateOverrideInput): Promise<SetDateOverrideResult> {
  const { intervals, problems } = parseDayHours(input.hours);
  if (problems.length > 0) return { outcome: 'invalid', fields: problems };
  const date = formatLocalDate(input.date);
  const plan = await planDateHours(deps, input.date, intervals);
  const rows = intervals.length > 0 ? intervals.map((hours) => ({ date, ...hours, note: input.note })) : [{ date, note: input.note }];
  const slots = await commitHoursChange(deps, plan, async (tx) => {
    await tx.dateOverride.deleteMany({ where: { date } });
    await tx.dateOverride.createMany({ data: rows });
  });
  return { outcome: 'saved', date, slots };
}
