import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogle } from '../../test/fake-google.js';
import { clockAt, openDatabase, quietLogger } from '../../test/use-case-deps.js';
import { createLogger } from '../logger.js';
import type { PrismaClient } from '../db/prisma.js';
import { disconnectCalendar } from './disconnect-calendar.js';
import { createGoogleServices, type GoogleServices } from './google-services.js';
import { startCalendarConnection } from './start-calendar-connection.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let fakeGoogle: Awaited<ReturnType<typeof startFakeGoogle>>;
let google: GoogleServices;
let userId: string;
const tokenKey = randomBytes(32).toString('base64');
const googleAt = (url: string) =>
  createGoogleServices({ clientId: 'test-client', clientSecret: 'test-secret', tokenKey, oauthBaseUrl: url, apiRootUrl: `${url}/`, timeoutMs: 500 }, 'http://app.example', false);

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  fakeGoogle = await startFakeGoogle();
  google = googleAt(fakeGoogle.url);
  ({ id: userId } = await prisma.user.create({ data: { email: 'alex@example.com', name: 'Alex' } }));
});
afterAll(async () => {
  await fakeGoogle?.close();
  await close();
});

describe('startCalendarConnection', () => {
  it('hands out our start link with a fresh state for the user, valid for 10 minutes', async () => {
    const result = await startCalendarConnection({ prisma, google, now: clockAt('2030-01-01T12:00:00Z') }, userId);
    expect(result.outcome).toBe('started');
    const link = new URL(result.outcome === 'started' ? result.authorizationUrl : '');
    expect(`${link.origin}${link.pathname}`).toBe('http://app.example/oauth/google/start');
    const state = google.state.read(link.searchParams.get('state')!);
    expect(await prisma.oAuthState.findUniqueOrThrow({ where: { id: state!.id } })).toMatchObject({
      userId,
      expiresAt: new Date('2030-01-01T12:10:00Z'),
      consumedAt: null,
    });
  });

  it('is not available without Google configured', async () => {
    expect(await startCalendarConnection({ prisma, google: null, now: clockAt('2030-01-01T12:00:00Z') }, userId)).toEqual({ outcome: 'not-configured' });
  });
});

describe('disconnectCalendar', () => {
  const connect = async (refreshToken: string) =>
    prisma.googleCalendarConnection.create({ data: { userId, encryptedRefreshToken: google.cipher.encrypt(refreshToken), scope: 'calendar.events' } });

  it('forgets the connection and revokes the grant at Google', async () => {
    const code = fakeGoogle.authorize('alex');
    const refreshToken = await google.calendar.exchangeCode(code).then((tokens) => tokens.refreshToken);
    await connect(refreshToken);
    expect(await disconnectCalendar({ prisma, google, logger: quietLogger() }, userId)).toEqual({ outcome: 'disconnected' });
    expect(await prisma.googleCalendarConnection.count()).toBe(0);
    expect(fakeGoogle.isRevoked(refreshToken)).toBe(true);
  });

  it('still disconnects when Google cannot be reached, logging it, or is not configured any more', async () => {
    const lines: string[] = [];
    const logger = createLogger('warn', { destination: { write: (line) => lines.push(line) } });
    await connect('refresh-first');
    expect(await disconnectCalendar({ prisma, google: googleAt('http://127.0.0.1:9'), logger }, userId)).toEqual({ outcome: 'disconnected' });
    expect(lines.join('')).toContain('Google did not confirm the revocation');
    await connect('refresh-second');
    expect(await disconnectCalendar({ prisma, google: null, logger }, userId)).toEqual({ outcome: 'disconnected' });
    expect(await prisma.googleCalendarConnection.count()).toBe(0);
  });

  it('has nothing to do for a user who is not connected', async () => {
    expect(await disconnectCalendar({ prisma, google, logger: quietLogger() }, userId)).toEqual({ outcome: 'not-connected' });
  });
});
