import type { CalendarParty } from '../../shared/ics.js';
import type { PrismaClient } from '../db/prisma.js';
import type { ProviderSettings, User } from '../generated/prisma/client.js';

/**
 * The provider as calendars name them (ORGANIZER): the profile's display name and contact address,
 * else the account's. E-mail invitations and the client's downloaded .ics use the same party, so
 * calendar programs recognise both as one organizer's event.
 */
export function calendarOrganizer(
  settings: Pick<ProviderSettings, 'displayName' | 'contactEmail'> | null,
  provider: Pick<User, 'name'> | null,
  providerEmail: string,
): CalendarParty {
  return { name: settings?.displayName ?? provider?.name ?? 'your consultant', email: settings?.contactEmail ?? providerEmail };
}

/** The same, read from the database. */
export async function loadCalendarOrganizer(prisma: PrismaClient, providerEmail: string): Promise<CalendarParty> {
  const [settings, provider] = await Promise.all([
    prisma.providerSettings.findUnique({ where: { id: 1 }, select: { displayName: true, contactEmail: true } }),
    prisma.user.findUnique({ where: { email: providerEmail }, select: { name: true } }),
  ]);
  return calendarOrganizer(settings, provider, providerEmail);
}
