import type { PrismaClient } from '../db/prisma.js';
import { GoogleGrantRevokedError, type GoogleCalendar } from '../google/google-calendar.js';
import type { TokenCipher } from '../google/token-cipher.js';
import type { Logger } from '../logger.js';
import { calendarEventId } from './event-id.js';

export interface CalendarSyncDeps {
  prisma: PrismaClient;
  google: GoogleCalendar;
  cipher: TokenCipher;
  logger: Logger;
  providerEmail: string;
}

/**
 * Makes the client's and the provider's Google Calendars show the appointment as it is
 * now: an event while it is scheduled, none once it is cancelled. Safe to run any number
 * of times. A revoked grant marks the connection REVOKED (the app then asks the user to
 * reconnect) instead of failing; other errors propagate so that the job is retried.
 */
export async function syncAppointmentEvent(deps: CalendarSyncDeps, appointmentId: string): Promise<void> {
  const appointment = await deps.prisma.appointment.findUnique({
    where: { id: appointmentId },
    include: { user: { include: { googleCalendar: true } } },
  });
  if (!appointment) return;
  const [provider, settings] = await Promise.all([
    deps.prisma.user.findUnique({ where: { email: deps.providerEmail }, include: { googleCalendar: true } }),
    deps.prisma.providerSettings.findUnique({ where: { id: 1 }, select: { displayName: true, timezone: true, location: true } }),
  ]);
  // Each calendar gets the event in its owner's zone, as the e-mails show the time to each of them.
  const parties = [
    {
      connection: appointment.user.googleCalendar,
      field: 'googleEventId' as const,
      withWhom: settings?.displayName ?? provider?.name ?? 'your consultant',
      timeZone: appointment.user.timezone,
    },
    {
      connection: provider?.googleCalendar ?? null,
      field: 'providerGoogleEventId' as const,
      withWhom: appointment.user.name,
      timeZone: provider?.timezone ?? settings?.timezone ?? 'Europe/Luxembourg',
    },
  ];
  const eventId = calendarEventId(appointment.id);
  const wanted = appointment.status === 'SCHEDULED' || appointment.status === 'COMPLETED';
  for (const party of parties) {
    const connection = party.connection;
    if (!connection || connection.status !== 'ACTIVE') continue;
    const refreshToken = deps.cipher.decrypt(connection.encryptedRefreshToken);
    try {
      if (wanted) {
        await deps.google.upsertEvent(refreshToken, connection.calendarId, {
          id: eventId,
          start: appointment.startTime,
          end: appointment.endTime,
          summary: 'Consultation Session',
          description: [`Consultation with ${party.withWhom}.`, appointment.notes ? `Notes: ${appointment.notes}` : null].filter(Boolean).join('\n\n'),
          timeZone: party.timeZone,
          location: settings?.location ?? null,
        });
        await deps.prisma.appointment.update({ where: { id: appointment.id }, data: { [party.field]: eventId } });
      } else {
        // By our own event id, so an event created just before a crash is found too.
        await deps.google.deleteEvent(refreshToken, connection.calendarId, eventId);
        await deps.prisma.appointment.update({ where: { id: appointment.id }, data: { [party.field]: null } });
      }
    } catch (error) {
      if (!(error instanceof GoogleGrantRevokedError)) throw error;
      deps.logger.warn({ userId: connection.userId }, 'Google Calendar grant revoked; asking the user to reconnect');
      // updateMany: the user may have disconnected meanwhile.
      await deps.prisma.googleCalendarConnection.updateMany({ where: { userId: connection.userId }, data: { status: 'REVOKED' } });
    }
  }
  await deps.prisma.appointment.updateMany({
    where: { id: appointment.id, revision: appointment.revision },
    data: { calendarSyncedRevision: appointment.revision },
  });
}
