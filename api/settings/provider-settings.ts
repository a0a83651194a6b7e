import type { PrismaClient } from '../db/prisma.js';
import type { WeeklyInterval } from '../domain/weekly-hours.js';

export interface ProviderRules {
  timezone: string;
  slotMinutes: number;
  cancellationNoticeHours: number;
  minBookingNoticeHours: number;
  maxDaysAhead: number;
  bufferMinutes: number;
  /** Upcoming appointments one client may hold at once. */
  maxActiveAppointmentsPerClient: number;
  /** Bookings, moves and cancellations one client may make in any 24 hours. */
  maxChangesPerClientPerDay: number;
  weeklyHours: WeeklyInterval[];
  /** Local date → its intervals (empty: closed), replacing the weekly hours that day. */
  dateOverrides: Map<string, { startMinute: number; endMinute: number }[]>;
}

type Reader = Pick<PrismaClient, 'providerSettings' | 'weeklyHours' | 'dateOverride'>;

/** The provider's booking rules; defaults apply until the provider saves their own. */
export async function loadProviderRules(prisma: Reader): Promise<ProviderRules> {
  const [settings, weeklyHours, overrides] = await Promise.all([
    prisma.providerSettings.findUnique({ where: { id: 1 } }),
    prisma.weeklyHours.findMany({
      select: { weekday: true, startMinute: true, endMinute: true },
      orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }],
    }),
    prisma.dateOverride.findMany({ orderBy: [{ date: 'asc' }, { startMinute: 'asc' }] }),
  ]);
  const dateOverrides = new Map<string, { startMinute: number; endMinute: number }[]>();
  for (const row of overrides) {
    const intervals = dateOverrides.get(row.date) ?? [];
    if (row.startMinute !== null && row.endMinute !== null) intervals.push({ startMinute: row.startMinute, endMinute: row.endMinute });
    dateOverrides.set(row.date, intervals);
  }
  return {
    timezone: settings?.timezone ?? 'Europe/Luxembourg',
    slotMinutes: settings?.slotMinutes ?? 30,
    cancellationNoticeHours: settings?.cancellationNoticeHours ?? 24,
    minBookingNoticeHours: settings?.minBookingNoticeHours ?? 2,
    maxDaysAhead: settings?.maxDaysAhead ?? 365,
    bufferMinutes: settings?.bufferMinutes ?? 0,
    maxActiveAppointmentsPerClient: settings?.maxActiveAppointmentsPerClient ?? 5,
    maxChangesPerClientPerDay: settings?.maxChangesPerClientPerDay ?? 20,
    weeklyHours,
    dateOverrides,
  };
}
