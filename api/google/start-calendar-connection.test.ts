import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockAt, googleServicesAt, openDatabase } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { startCalendarConnection } from './start-calendar-connection.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let userId: string;
// Starting makes no call to Google: nothing needs to answer there.
const google = googleServicesAt('http://127.0.0.1:9', randomBytes(32).toString('base64'));

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  ({ id: userId } = await prisma.user.create({ data: { email: 'alex@example.com', name: 'Alex' } }));
});
afterAll(() => close());

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
