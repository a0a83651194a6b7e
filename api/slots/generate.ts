import type { FieldProblem } from '../domain/field-problem.js';
import type { LocalDate } from '../domain/local-date.js';
import { generateSlotTimes, generationRangeProblem } from '../domain/slot-generation.js';
import type { Services } from '../services.js';
import { loadProviderRules } from '../settings/provider-settings.js';
import { recordGeneratedDates } from './generated-dates.js';
import { insertSlots } from './insert-slots.js';

export type GenerateSlotsResult = { outcome: 'generated'; created: number; skipped: number } | { outcome: 'invalid'; fields: FieldProblem[] };

/** Without an index to update or instances to tell (the seed), slotChanges is null. */
type GenerateDeps = Pick<Services, 'prisma' | 'now'> & { slotChanges: Services['slotChanges'] | null };

/**
 * Creates the slots that the provider's weekly hours define for local dates from..to, both
 * included. Slots already in the past, already existing, or overlapping an existing slot are
 * skipped and counted, so running it again changes nothing. The dates are remembered: later
 * changes of hours re-lay their slots.
 */
export async function generateSlots(deps: GenerateDeps, range: { from: LocalDate; to: LocalDate }): Promise<GenerateSlotsResult> {
  const problem = generationRangeProblem(range.from, range.to);
  if (problem) return { outcome: 'invalid', fields: [problem] };
  const rules = await loadProviderRules(deps.prisma);
  const wanted = generateSlotTimes(rules, range.from, range.to);
  const now = deps.now();
  const created = await insertSlots(
    deps.prisma,
    wanted.filter((slot) => slot.startTime > now),
  );
  await recordGeneratedDates(deps.prisma, range);
  await deps.slotChanges?.announce(created, { created: true });
  return { outcome: 'generated', created: created.length, skipped: wanted.length - created.length };
}
