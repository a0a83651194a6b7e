import { formatInTimeZone } from 'date-fns-tz';
import { createPrisma } from '../../api/db/prisma.js';
import { addDays, parseLocalDate } from '../../api/domain/local-date.js';
import { generateSlots } from '../../api/slots/generate.js';

const TIMEZONE = 'Europe/Luxembourg';

/**
 * The provider's setup, as they would make it in the app before opening to clients: every day
 * 09:00-12:00 and 13:00-17:00 and slots for the next two weeks. The per-day change quota is
 * raised (a provider setting) because the load test books and cancels far more than a client would.
 */
export async function seedProvider(databaseUrl: string, providerEmail: string): Promise<number> {
  const { prisma } = createPrisma(databaseUrl, { poolSize: 2 });
  try {
    await prisma.user.create({ data: { email: providerEmail, name: 'Claire Weber', role: 'PROVIDER', timezone: TIMEZONE } });
    await prisma.providerSettings.create({ data: { id: 1, timezone: TIMEZONE, displayName: 'Claire Weber', maxChangesPerClientPerDay: 1_000 } });
    await prisma.weeklyHours.createMany({
      data: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
        { weekday, startMinute: 9 * 60, endMinute: 12 * 60 },
        { weekday, startMinute: 13 * 60, endMinute: 17 * 60 },
      ]),
    });
    const today = parseLocalDate(formatInTimeZone(new Date(), TIMEZONE, 'yyyy-MM-dd'))!;
    const generated = await generateSlots({ prisma, slotChanges: null, now: () => new Date() }, { from: today, to: addDays(today, 14) });
    if (generated.outcome !== 'generated') throw new Error(`slot generation refused: ${JSON.stringify(generated)}`);
    return generated.created;
  } finally {
    await prisma.$disconnect();
  }
}
