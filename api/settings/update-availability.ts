import type { FieldProblem } from '../domain/field-problem.js';
import { parseWeeklyHours, type WeeklyHoursText } from '../domain/weekly-hours.js';
import type { Services } from '../services.js';

export interface AvailabilityChange {
  /** Replaces all weekly hours; the gaps within a day are the breaks. */
  weeklyHours: readonly WeeklyHoursText[];
  /** Unchanged when absent. */
  slotMinutes?: number | null;
  /** Unchanged when absent. */
  timezone?: string | null;
}

export type UpdateAvailabilityResult = { outcome: 'updated' } | { outcome: 'invalid'; fields: FieldProblem[] };

/** Sets the provider's weekly hours, and optionally the slot length and time zone, together. */
export async function updateAvailability(deps: Pick<Services, 'prisma' | 'rules'>, change: AvailabilityChange): Promise<UpdateAvailabilityResult> {
  const { intervals, problems } = parseWeeklyHours(change.weeklyHours);
  if (problems.length > 0) return { outcome: 'invalid', fields: problems };
  const settings = {
    ...(change.slotMinutes ? { slotMinutes: change.slotMinutes } : {}),
    ...(change.timezone ? { timezone: change.timezone } : {}),
  };
  await deps.prisma.$transaction([
    deps.prisma.weeklyHours.deleteMany({}),
    deps.prisma.weeklyHours.createMany({ data: intervals }),
    deps.prisma.providerSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings }),
  ]);
  deps.rules.invalidate();
  return { outcome: 'updated' };
}
