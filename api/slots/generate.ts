import type { PrismaClient } from '../db/prisma.js';
import type { LocalDate } from '../domain/local-date.js';
import { generateSlotTimes } from '../domain/slot-generation.js';
import { loadProviderRules } from '../settings/provider-settings.js';
import { insertSlots } from './insert-slots.js';
import type { SlotChanges } from './publish-slot-changes.js';

/**
 * Creates the slots that the provider's weekly hours define for local dates from..to.
 * Slots already in the past, already existing, or overlapping an existing slot are
 * skipped and counted.
 */
export async function generateSlots(
  services: { prisma: PrismaClient; slotChanges: SlotChanges | null },
  from: LocalDate,
  to: LocalDate,
  now: Date,
): Promise<{ created: number; skipped: number }> {
  const rules = await loadProviderRules(services.prisma);
  const wanted = generateSlotTimes(rules, from, to);
  const future = wanted.filter((slot) => slot.startTime > now);
  const created = await insertSlots(services.prisma, future);
  await services.slotChanges?.announce(created, { created: true });
  return { created: created.length, skipped: wanted.length - created.length };
}
