import type { PrismaClient } from '../db/prisma.js';
import type { WeeklyInterval } from '../domain/weekly-hours.js';

export interface ProviderRules {
  timezone: string;
  slotMinutes: number;
  cancellationNoticeHours: number;
  weeklyHours: WeeklyInterval[];
}

type Reader = Pick<PrismaClient, 'providerSettings' | 'weeklyHours'>;

/** The provider's booking rules; defaults apply until the provider saves their own. */
export async function loadProviderRules(prisma: Reader): Promise<ProviderRules> {
  const [settings, weeklyHours] = await Promise.all([
    prisma.providerSettings.findUnique({ where: { id: 1 } }),
    prisma.weeklyHours.findMany({
      select: { weekday: true, startMinute: true, endMinute: true },
      orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }],
    }),
  ]);
  return {
    timezone: settings?.timezone ?? 'Europe/Luxembourg',
    slotMinutes: settings?.slotMinutes ?? 30,
    cancellationNoticeHours: settings?.cancellationNoticeHours ?? 24,
    weeklyHours,
  };
}
