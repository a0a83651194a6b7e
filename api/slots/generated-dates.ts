import type { PrismaClient } from '../db/prisma.js';
import { addDays, daysBetween, formatLocalDate, parseLocalDate, type LocalDate } from '../domain/local-date.js';

/** Remembers that slots were generated for the local dates from..to. */
export async function recordGeneratedDates(prisma: Pick<PrismaClient, 'generatedDate'>, range: { from: LocalDate; to: LocalDate }): Promise<void> {
  const dates = Array.from({ length: daysBetween(range.from, range.to) + 1 }, (_, offset) => ({ date: formatLocalDate(addDays(range.from, offset)) }));
  await prisma.generatedDate.createMany({ data: dates, skipDuplicates: true });
}

/** The dates slots were generated for, from `from` on (and up to `to` when given), in order. */
export async function generatedDates(prisma: Pick<PrismaClient, 'generatedDate'>, range: { from: LocalDate; to?: LocalDate }): Promise<LocalDate[]> {
  const rows = await prisma.generatedDate.findMany({
    where: { date: { gte: formatLocalDate(range.from), ...(range.to ? { lte: formatLocalDate(range.to) } : {}) } },
    orderBy: { date: 'asc' },
  });
  return rows.map((row) => parseLocalDate(row.date)!);
}
