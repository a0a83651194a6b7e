import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '../db/prisma.js';
import type { GoogleServices } from '../google/google-services.js';
import type { JobQueue } from '../../jobs/registry.js';
import type { Logger } from '../logger.js';

/**
 * Where Google sends the browser back after the user allowed (or refused) calendar
 * access: stores the encrypted refresh token and returns to the app's settings page.
 */
export function googleOAuthCallback(deps: { prisma: PrismaClient; google: GoogleServices; logger: Logger; appUrl: string; jobs: JobQueue }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', deps.appUrl);
    const back = (outcome: string) => {
      response.writeHead(302, { location: `${deps.appUrl}/settings?calendar=${outcome}`, 'cache-control': 'no-store' });
      response.end();
    };
    const userId = deps.google.state.verify(url.searchParams.get('state') ?? '');
    const code = url.searchParams.get('code');
    if (!userId) return back('expired');
    if (!code) return back(url.searchParams.get('error') === 'access_denied' ? 'denied' : 'failed');
    try {
      const { refreshToken, scope } = await deps.google.calendar.exchangeCode(code);
      const encryptedRefreshToken = deps.google.cipher.encrypt(refreshToken);
      await deps.prisma.googleCalendarConnection.upsert({
        where: { userId },
        create: { userId, encryptedRefreshToken, scope },
        update: { encryptedRefreshToken, scope, status: 'ACTIVE' },
      });
      // Bring the calendar up to date with the appointments booked before connecting.
      const owner = await deps.prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
      const upcoming = await deps.prisma.appointment.findMany({
        where: { status: 'SCHEDULED', endTime: { gt: new Date() }, ...(owner?.role === 'PROVIDER' ? {} : { userId }) },
        select: { id: true },
        take: 500,
      });
      for (const { id } of upcoming) await deps.jobs.enqueue('sync-calendar-event', { appointmentId: id });
      back('connected');
    } catch (error) {
      deps.logger.warn({ err: (error as Error).message }, 'Google Calendar connection failed');
      back('failed');
    }
  };
}
