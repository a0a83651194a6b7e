import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '../db/prisma.js';
import type { GoogleServices } from '../google/google-services.js';
import { clearedBindingCookie, readBindingCookie } from '../google/oauth-browser-cookie.js';
import { hashSecret } from '../google/oauth-state.js';
import { consumeOAuthState } from '../google/oauth-states.js';
import type { JobQueue } from '../job-queue.js';
import type { Logger } from '../logger.js';
import { redirect } from './redirect.js';

/**
 * Where Google sends the browser back after the user allowed (or refused) calendar
 * access: stores the encrypted refresh token and returns to the app's settings page. A
 * state that is forged, used, expired, or brought back by another browser than the one
 * that opened the start link changes nothing and ends at settings?calendar=expired.
 */
export function googleOAuthCallback(deps: { prisma: PrismaClient; google: GoogleServices; logger: Logger; appUrl: string; jobs: JobQueue; now: () => Date }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', deps.appUrl);
    const back = (outcome: string) =>
      redirect(response, `${deps.appUrl}/settings?calendar=${outcome}`, clearedBindingCookie({ secure: deps.google.secureCookies }));
    const state = deps.google.state.read(url.searchParams.get('state') ?? '');
    const browser = readBindingCookie(request.headers.cookie);
    const userId = state && browser ? await consumeOAuthState(deps.prisma, state, hashSecret(browser), deps.now()) : null;
    const owner = userId ? await deps.prisma.user.findUnique({ where: { id: userId }, select: { role: true } }) : null;
    if (!userId || !owner) return back('expired');
    const code = url.searchParams.get('code');
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
      const upcoming = await deps.prisma.appointment.findMany({
        where: { status: 'SCHEDULED', endTime: { gt: new Date() }, ...(owner.role === 'PROVIDER' ? {} : { userId }) },
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
