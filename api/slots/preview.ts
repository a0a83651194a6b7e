import type { FieldProblem } from '../domain/field-problem.js';
import type { LocalDate } from '../domain/local-date.js';
import { generateSlotTimes, generationRangeProblem, type SlotTimes } from '../domain/slot-generation.js';
import type { Services } from '../services.js';
import { loadProviderRules } from '../settings/provider-settings.js';

export interface SlotPreview {
  wouldCreate: number;
  alreadyThere: number;
  inThePast: number;
  /** The first slots that would be created, in order. */
  sample: SlotTimes[];
}

export type PreviewSlotsResult = { outcome: 'preview'; preview: SlotPreview } | { outcome: 'invalid'; fields: FieldProblem[] };

const SAMPLE = 50;

/** What generateSlots would do for these dates, without writing anything. */
export async function previewSlots(deps: Pick<Services, 'prisma' | 'now'>, range: { from: LocalDate; to: LocalDate }): Promise<PreviewSlotsResult> {
  const problem = generationRangeProblem(range.from, range.to);
  if (problem) return { outcome: 'invalid', fields: [problem] };
  const rules = await loadProviderRules(deps.prisma);
  const wanted = generateSlotTimes(rules, range.from, range.to);
  const now = deps.now();
  const future = wanted.filter((slot) => slot.startTime > now);
  const fresh = await deps.prisma.$queryRaw<{ start_time: Date; end_time: Date }[]>`
    SELECT s.start_time, s.end_time
    FROM unnest(${future.map((slot) => slot.startTime)}::timestamptz[], ${future.map((slot) => slot.endTime)}::timestamptz[]) AS s(start_time, end_time)
    WHERE NOT EXISTS (
      SELECT 1 FROM "TimeSlot" existing
      WHERE tstzrange(existing."startTime", existing."endTime") && tstzrange(s.start_time, s.end_time))
    ORDER BY s.start_time`;
  const preview = {
    wouldCreate: fresh.length,
    alreadyThere: future.length - fresh.length,
    inThePast: wanted.length - future.length,
    sample: fresh.slice(0, SAMPLE).map((row) => ({ startTime: row.start_time, endTime: row.end_time })),
  };
  return { outcome: 'preview', preview };
}
