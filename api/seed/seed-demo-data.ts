import { formatInTimeZone } from 'date-fns-tz';
import type { PrismaClient } from '../db/prisma.js';
import { addDays, isoWeekday, parseLocalDate } from '../domain/local-date.js';
import { zonedWallClockToUtc } from '../domain/time-zone.js';
import type { Logger } from '../logger.js';
import { generateSlots } from '../slots/generate.js';

const TIMEZONE = 'Europe/Luxembourg';
const WEEKDAY_HOURS = [
  { startMinute: 9 * 60, endMinute: 12 * 60 },
  { startMinute: 13 * 60, endMinute: 17 * 60 },
];

/**
 * Fills an empty database with a provider, their usual hours (Mon-Fri 09:00-12:00 and
 * 13:00-17:00, Europe/Luxembourg), slots for the next four weeks and a demo client with
 * two appointments ahead and two held in the past days. Does nothing once any user exists.
 */
export async function seedDemoData(options: { prisma: PrismaClient; providerEmail: string; logger: Logger; now?: Date }): Promise<boolean> {
  const { prisma, logger } = options;
  if ((await prisma.user.count()) > 0) return false;
  const now = options.now ?? new Date();

  await prisma.$transaction([
    prisma.user.create({ data: { email: options.providerEmail, name: 'Claire Weber', role: 'PROVIDER', timezone: TIMEZONE, timezoneSetAt: now } }),
    prisma.providerSettings.upsert({
      where: { id: 1 },
      create: {
        id: 1,
        timezone: TIMEZONE,
        displayName: 'Claire Weber',
        headline: 'Business consulting · Luxembourg',
        contactEmail: options.providerEmail,
        website: 'https://claire-weber.example',
        location: '12 rue Notre-Dame, 2240 Luxembourg',
      },
      update: {},
    }),
    prisma.weeklyHours.deleteMany({}),
    prisma.weeklyHours.createMany({
      data: [1, 2, 3, 4, 5].flatMap((weekday) => WEEKDAY_HOURS.map((hours) => ({ weekday, ...hours }))),
    }),
  ]);

  const today = parseLocalDate(formatInTimeZone(now, TIMEZONE, 'yyyy-MM-dd'))!;
  const generated = await generateSlots({ prisma, slotChanges: null, now: () => now }, { from: today, to: addDays(today, 27) });

  const client = await prisma.user.create({
    data: { email: 'alex@example.com', name: 'Alex Martin', role: 'CLIENT', timezone: 'Europe/Paris', timezoneSetAt: now },
  });
  const upcoming = await prisma.timeSlot.findMany({
    where: { startTime: { gt: new Date(now.getTime() + 2 * 86_400_000) } },
    orderBy: { startTime: 'asc' },
    take: 12,
  });
  const demoBookings = [
    { slot: upcoming[3], notes: 'Quarterly review of the expansion plan; please bring the Q3 figures.' },
    { slot: upcoming[11], notes: 'Follow-up on hiring for the Luxembourg office.' },
  ];
  for (const { slot, notes } of demoBookings) {
    if (!slot) continue;
    await prisma.appointment.create({
      data: { userId: client.id, slotId: slot.id, startTime: slot.startTime, endTime: slot.endTime, notes },
    });
  }
  // Two sessions held on the last weekdays, so the practice's dashboard asks how they went.
  const pastWeekdays = [1, 2, 3, 4, 5, 6].map((days) => addDays(today, -days)).filter((date) => isoWeekday(date) <= 5);
  for (const date of pastWeekdays.slice(0, 2)) {
    const startTime = zonedWallClockToUtc(date, 10 * 60, TIMEZONE)!;
    const endTime = new Date(startTime.getTime() + 30 * 60_000);
    const slot = await prisma.timeSlot.create({ data: { startTime, endTime } });
    await prisma.appointment.create({
      data: { userId: client.id, slotId: slot.id, startTime, endTime, status: 'COMPLETED', notes: 'Introductory call.' },
    });
  }
  logger.info({ slots: generated.outcome === 'generated' ? generated.created : 0, provider: options.providerEmail }, 'seeded demo data');
  return true;
}
