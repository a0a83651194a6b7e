import type { PrismaClient } from '../db/prisma.js';
import type { SlotTimes } from '../domain/slot-generation.js';

export interface InsertedSlot {
  id: string;
  startTime: Date;
  endTime: Date;
}

const ROWS_PER_STATEMENT = 5_000;

/**
 * Inserts slots in bulk. A slot that already exists or would overlap an existing one is
 * skipped by the database itself (unique start, exclusion constraint), so concurrent
 * generations can never duplicate or overlap slots. Returns only the slots created.
 */
export async function insertSlots(prisma: Pick<PrismaClient, '$queryRaw'>, slots: readonly SlotTimes[]): Promise<InsertedSlot[]> {
  const created: InsertedSlot[] = [];
  for (let i = 0; i < slots.length; i += ROWS_PER_STATEMENT) {
    const chunk = slots.slice(i, i + ROWS_PER_STATEMENT);
    const rows = await prisma.$queryRaw<InsertedSlot[]>`
      INSERT INTO "TimeSlot" ("id", "startTime", "endTime", "updatedAt")
      SELECT gen_random_uuid(), s.start_time, s.end_time, now()
      FROM unnest(${chunk.map((slot) => slot.startTime)}::timestamptz[], ${chunk.map((slot) => slot.endTime)}::timestamptz[])
        AS s(start_time, end_time)
      -- Skipping known overlaps up front is much cheaper than letting each insert conflict;
      -- ON CONFLICT still settles races with a concurrent generation.
      WHERE NOT EXISTS (
        SELECT 1 FROM "TimeSlot" existing
        WHERE tstzrange(existing."startTime", existing."endTime") && tstzrange(s.start_time, s.end_time))
      ORDER BY s.start_time
      ON CONFLICT DO NOTHING
      RETURNING "id", "startTime", "endTime"`;
    created.push(...rows);
  }
  return created;
}
