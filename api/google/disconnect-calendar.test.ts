import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogle } from '../../test/fake-google.js';
import { googleServicesAt, openDatabase, quietLogger } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { createLogger } from '../logger.js';
import { disconnectCalendar } from './disconnect-calendar.js';
import type { GoogleServices } from './google-services.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let fakeGoogle: Awaited<ReturnType<typeof startFakeGoogle>>;
let google: GoogleServices;
let userId: string;
const tokenKey = randomBytes(32).toString('base64');

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  fakeGoogle = await startFakeGoogle();
  google = googleServicesAt(fakeGoogle.url, tokenKey);
  ({ id: userId } = await prisma.user.create({ data: { email: 'alex@example.com', name: 'Alex' } }));
});
afterAll(async () => {
  await fakeGoogle?.close();
  await close();
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
    expect(await disconnectCalendar({ prisma, google: googleServicesAt('http://127.0.0.1:9', tokenKey), logger }, userId)).toEqual({ outcome: 'disconnected' });
    expect(lines.join('')).toContain('Google did not confirm the revocation');
    await connect('refresh-second');
    expect(await disconnectCalendar({ prisma, google: null, logger }, userId)).toEqual({ outcome: 'disconnected' });
    expect(await prisma.googleCalendarConnection.count()).toBe(0);
  });

  it('has nothing to do for a user who is not connected', async () => {
    expect(await disconnectCalendar({ prisma, google, logger: quietLogger() }, userId)).toEqual({ outcome: 'not-connected' });
  });
});
