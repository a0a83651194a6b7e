import { formatLocalDate, type LocalDate } from '../domain/local-date.js';
import type { Services } from '../services.js';
import { commitHoursChange, type SlotChangeSummary } from './follow-hours.js';
import { planDateHours } from './set-date-override.js';

export type RemoveDateOverrideResult = { outcome: 'removed'; date: string; slots: SlotChangeSummary };

/**
 * The weekly hours apply to this local date again, and its slots follow them; removing an
 * override that is not there is fine.
 */
export async function removeDateOverride(
  deps: Pick<Services, 'prisma' | 'rules' | 'slotChanges' | 'now'>,
  input: { date: LocalDate },
): Promise<RemoveDateOverrideResult> {
  const date = formatLocalDate(input.date);
  const plan = await planDateHours(deps, input.date, null);
  const slots = await commitHoursChange(deps, plan, (tx) => tx.dateOverride.deleteMany({ where: { date } }));
  return { outcome: 'removed', date, slots };
}
