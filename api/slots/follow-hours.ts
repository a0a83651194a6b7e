import type { PrismaClient } from '../db/prisma.js';
import type { Prisma } from '../generated/prisma/client.js';
import { addDays, daysBetween, formatLocalDate, type LocalDate } from '../domain/local-date.js';
import { reconcileSlots, type ExistingSlot, type SlotReconciliation } from '../domain/slot-reconciliation.js';
import { generateSlotTimes, type SlotGenerationRules } from '../domain/slot-generation.js';
import { localDateAt } from '../domain/time-zone.js';
import type { Services } from '../services.js';
import { generatedDates } from './generated-dates.js';
import { insertSlots } from './insert-slots.js';

interface PlannedSlot extends ExistingSlot {
  appointmentId: string | null;
}

export type HoursPlan = SlotReconciliation<PlannedSlot>;

/** What a change of hours did, or would do, to the slots already generated. */
export interface SlotChangeSummary {
  opened: number;
  closed: number;
  /** Appointments whose slots the new hours no longer contain; they are kept. */
  bookedOutsideHours: string[];
}

type Reader = Pick<PrismaClient, 'timeSlot' | 'generatedDate'>;

/**
 * How the future slots must change to follow `rules` on the dates slots were generated for
 * (only `dates` among them, when given). Other dates have no slots yet; generating them later
 * follows the rules anyway.
 */
export async function planHoursChange(prisma: Reader, rules: SlotGenerationRules, now: Date, dates?: { from: LocalDate; to: LocalDate }): Promise<HoursPlan> {
  const today = localDateAt(now, rules.timezone);
  const from = dates && daysBetween(today, dates.from) > 0 ? dates.from : today;
  const days = await generatedDates(prisma, { from, ...(dates ? { to: dates.to } : {}) });
  if (days.length === 0) return { open: [], close: [], bookedOutside: [] };
  const wantedDays = new Set(days.map(formatLocalDate));
  // A day either side, then by local date: the UTC bounds of local days depend on the zone.
  const rows = await prisma.timeSlot.findMany({
    where: { startTime: { gt: now, gte: utcMidnight(addDays(days[0]!, -1)), lt: utcMidnight(addDays(days.at(-1)!, 2)) } },
    select: { id: true, startTime: true, endTime: true, appointments: { where: { status: 'SCHEDULED' }, select: { id: true }, take: 1 } },
  });
  const existing = rows
    .filter((row) => wantedDays.has(formatLocalDate(localDateAt(row.startTime, rules.timezone))))
    .map((row) => ({ ...row, appointmentId: row.appointments[0]?.id ?? null, booked: row.appointments.length > 0 }));
  const wanted = days.flatMap((day) => generateSlotTimes(rules, day, day)).filter((slot) => slot.startTime > now);
  return reconcileSlots(wanted, existing);
}

export function summarize(plan: HoursPlan): SlotChangeSummary {
  return {
    opened: plan.open.length,
    closed: plan.close.length,
    bookedOutsideHours: plan.bookedOutside.map((slot) => slot.appointmentId!),
  };
}

type Writer = Pick<PrismaClient, '$queryRaw'>;

/**
 * Carries out a plan. A slot booked since the plan was made is left alone; one with past
 * (cancelled) appointments cannot be deleted, so it is blocked instead. The database settles
 * races with bookings and generations (row locks, the exclusion constraint).
 */
async function applyHoursChange(tx: Writer, plan: HoursPlan): Promise<{ opened: ChangedSlot[]; closed: ChangedSlot[] }> {
  const ids = plan.close.map((slot) => slot.id);
  let closed: ChangedSlot[] = [];
  if (ids.length > 0) {
    // Locking first makes the checks below see bookings that were in flight.
    await tx.$queryRaw`SELECT id FROM "TimeSlot" WHERE id = ANY(${ids}::uuid[]) FOR UPDATE`;
    const deleted = await tx.$queryRaw<ChangedSlot[]>`
      DELETE FROM "TimeSlot" s WHERE s.id = ANY(${ids}::uuid[])
        AND NOT EXISTS (SELECT 1 FROM "Appointment" a WHERE a."slotId" = s.id)
      RETURNING s.id, s."startTime", s."endTime"`;
    const blocked = await tx.$queryRaw<ChangedSlot[]>`
      UPDATE "TimeSlot" s SET "isBlocked" = true, "updatedAt" = now() WHERE s.id = ANY(${ids}::uuid[])
        AND NOT EXISTS (SELECT 1 FROM "Appointment" a WHERE a."slotId" = s.id AND a.status = 'SCHEDULED')
      RETURNING s.id, s."startTime", s."endTime"`;
    closed = [...deleted, ...blocked];
  }
  const opened = await insertSlots(tx, plan.open);
  return { opened, closed };
}

interface ChangedSlot {
  id: string;
  startTime: Date;
  endTime: Date;
}

/**
 * Writes new hours with `write` and carries out the plan in the same transaction, then lets the
 * cached rules go and tells every calendar: closed slots disappear, opened ones appear. Answers
 * what was done (a slot booked since the plan was made is not closed).
 */
export async function commitHoursChange(
  deps: Pick<Services, 'prisma' | 'rules' | 'slotChanges'>,
  plan: HoursPlan,
  write: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<SlotChangeSummary> {
  const changed = await deps.prisma.$transaction(async (tx) => {
    await write(tx);
    return applyHoursChange(tx, plan);
  });
  deps.rules.invalidate();
  if (changed.closed.length > 0) await deps.slotChanges.announce(changed.closed);
  if (changed.opened.length > 0) await deps.slotChanges.announce(changed.opened, { created: true });
  return { ...summarize(plan), opened: changed.opened.length, closed: changed.closed.length };
}

function utcMidnight(date: LocalDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}
