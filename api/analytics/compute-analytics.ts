import type { PrismaClient } from '../db/prisma.js';

export interface Analytics {
  appointments: number;
  cancelled: number;
  noShows: number;
  completed: number;
  cancellationRate: number;
  noShowRate: number;
  offeredSlots: number;
  bookedSlots: number;
  utilization: number;
  leadTimeHoursMedian: number | null;
  leadTimeHoursAverage: number | null;
  perWeek: { weekStart: string; booked: number; cancelled: number }[];
  byWeekday: { weekday: number; count: number }[];
  byHour: { hour: number; count: number }[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/**
 * Key figures for appointments starting in [from, to), in the provider's zone: volume per
 * week, utilization of offered slots, cancellation and no-show rates, busiest weekdays and
 * hours (booked appointments), and how long ahead people book.
 */
export async function computeAnalytics(prisma: PrismaClient, from: Date, to: Date, timezone: string): Promise<Analytics> {
  const [totals] = await prisma.$queryRaw<
    { appointments: number; cancelled: number; no_shows: number; completed: number; lead_median: number | null; lead_average: number | null }[]
  >`
    SELECT count(*)::int AS appointments,
           count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
           count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_shows,
           count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "startTime" - "createdAt") / 3600) AS lead_median,
           avg(extract(epoch FROM "startTime" - "createdAt") / 3600)::float8 AS lead_average
    FROM "Appointment" WHERE "startTime" >= ${from} AND "startTime" < ${to}`;
  const [slots] = await prisma.$queryRaw<{ offered: number; booked: number }[]>`
    SELECT count(*)::int AS offered,
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM "Appointment" a WHERE a."slotId" = s.id AND a.status <> 'CANCELLED'))::int AS booked
    FROM "TimeSlot" s WHERE s."startTime" >= ${from} AND s."startTime" < ${to} AND NOT s."isBlocked"`;
  const perWeek = await prisma.$queryRaw<{ week_start: string; booked: number; cancelled: number }[]>`
    SELECT to_char(date_trunc('week', "startTime" AT TIME ZONE ${timezone}), 'YYYY-MM-DD') AS week_start,
           count(*) FILTER (WHERE status <> 'CANCELLED')::int AS booked,
           count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled
    FROM "Appointment" WHERE "startTime" >= ${from} AND "startTime" < ${to}
    GROUP BY 1 ORDER BY 1`;
  const byWeekday = await prisma.$queryRaw<{ weekday: number; count: number }[]>`
    SELECT extract(isodow FROM "startTime" AT TIME ZONE ${timezone})::int AS weekday, count(*)::int AS count
    FROM "Appointment" WHERE "startTime" >= ${from} AND "startTime" < ${to} AND status <> 'CANCELLED'
    GROUP BY 1 ORDER BY 1`;
  const byHour = await prisma.$queryRaw<{ hour: number; count: number }[]>`
    SELECT extract(hour FROM "startTime" AT TIME ZONE ${timezone})::int AS hour, count(*)::int AS count
    FROM "Appointment" WHERE "startTime" >= ${from} AND "startTime" < ${to} AND status <> 'CANCELLED'
    GROUP BY 1 ORDER BY 1`;
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    appointments: totals!.appointments,
    cancelled: totals!.cancelled,
    noShows: totals!.no_shows,
    completed: totals!.completed,
    cancellationRate: ratio(totals!.cancelled, totals!.appointments),
    noShowRate: ratio(totals!.no_shows, totals!.no_shows + totals!.completed),
    offeredSlots: slots!.offered,
    bookedSlots: slots!.booked,
    utilization: ratio(slots!.booked, slots!.offered),
    leadTimeHoursMedian: round(totals!.lead_median),
    leadTimeHoursAverage: round(totals!.lead_average),
    perWeek: perWeek.map((row) => ({ weekStart: row.week_start, booked: row.booked, cancelled: row.cancelled })),
    byWeekday,
    byHour,
  };
}
