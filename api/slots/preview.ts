import type { PrismaClient } from '../db/prisma.js';
import type { LocalDate } from '../domain/local-date.js';
import { generateSlotTimes, type SlotTimes } from '../domain/slot-generation.js';
import { loadProviderRules } from '../settings/provider-settings.js';

export interface SlotPreview {
  wouldCreate: number;
  alreadyThere: number;
  inThePast: number;
  /** The first slots that would be created, in order. */
  sample: SlotTimes[];
}

const SAMPLE = 50;

/** What generateSlots would do for these dates, without writing anything. */
export async function previewSlots(prisma: PrismaClient, from: LocalDate, to: LocalDate, now: Date): Promise<SlotPreview> {
  const rules = await loadProviderRules(prisma);
  const wanted = generateSlotTimes(rules, from, to);
  const future = wanted.filter((slot) => slot.startTime > now);
  const fresh = await prisma.$queryRaw<{ start_time: Date; end_time: Date }[]>`
    SELECT s.start_time, s.end_time
    FROM unnest(${future.map((slot) => slot.startTime)}::timestamptz[], ${future.map((slot) => slot.endTime)}::timestamptz[]) AS s(start_time, end_time)
    WHERE NOT EXISTS (
      SELECT 1 FROM "TimeSlot" existing
      WHERE tstzrange(existing."startTime", existing."endTime") && tstzrange(s.start_time, s.end_time))
    ORDER BY s.start_time`;
  return {
    wouldCreate: fresh.length,
    alreadyThere: future.length - fresh.length,
    inThePast: wanted.length - future.length,
    sample: fresh.slice(0, SAMPLE).map((row) => ({ startTime: row.start_time, endTime: row.end_time })),
  };
}
