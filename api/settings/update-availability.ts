import type { FieldProblem } from '../domain/field-problem.js';
import { parseWeeklyHours, type WeeklyHoursText, type WeeklyInterval } from '../domain/weekly-hours.js';
import type { Services } from '../services.js';
import { commitHoursChange, planHoursChange, summarize, type SlotChangeSummary } from '../slots/follow-hours.js';
import { loadProviderRules } from './provider-settings.js';

export interface AvailabilityChange {
  /** Replaces all weekly hours; the gaps within a day are the breaks. */
  weeklyHours: readonly WeeklyHoursText[];
  /** Unchanged when absent. */
  slotMinutes?: number | null;
  /** Unchanged when absent. */
  timezone?: string | null;
}

export type UpdateAvailabilityResult = { outcome: 'updated'; slots: SlotChangeSummary } | { outcome: 'invalid'; fields: FieldProblem[] };
export type PreviewAvailabilityResult = { outcome: 'preview'; slots: SlotChangeSummary } | { outcome: 'invalid'; fields: FieldProblem[] };

type Deps = Pick<Services, 'prisma' | 'now'>;

async function planFor(deps: Deps, change: AvailabilityChange, intervals: WeeklyInterval[]) {
  const current = await loadProviderRules(deps.prisma);
  const rules = {
    ...current,
    weeklyHours: intervals,
    slotMinutes: change.slotMinutes ?? current.slotMinutes,
    timezone: change.timezone ?? current.timezone,
  };
  return { rules, plan: await planHoursChange(deps.prisma, rules, deps.now()) };
}

/** What saving these hours would do to the slots already generated; nothing is written. */
export async function previewAvailabilityChange(deps: Deps, change: AvailabilityChange): Promise<PreviewAvailabilityResult> {
  const { intervals, problems } = parseWeeklyHours(change.weeklyHours);
  if (problems.length > 0) return { outcome: 'invalid', fields: problems };
  const { plan } = await planFor(deps, change, intervals);
  return { outcome: 'preview', slots: summarize(plan) };
}

/**
 * Sets the provider's weekly hours, and optionally the slot length and time zone, together;
 * the future slots already generated follow: free ones outside the new hours close, new
 * hours open slots, booked ones stay and are reported.
 */
export async function updateAvailability(deps: Deps & Pick<Services, 'rules' | 'slotChanges'>, change: AvailabilityChange): Promise<UpdateAvailabilityResult> {
  const { intervals, problems } = parseWeeklyHours(change.weeklyHours);
  if (problems.length > 0) return { outcome: 'invalid', fields: problems };
  const { rules, plan } = await planFor(deps, change, intervals);
  const settings = { slotMinutes: rules.slotMinutes, timezone: rules.timezone };
  const slots = await commitHoursChange(deps, plan, async (tx) => {
    await tx.weeklyHours.deleteMany({});
    await tx.weeklyHours.createMany({ data: intervals });
    await tx.providerSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
  });
  return { outcome: 'updated', slots };
}
