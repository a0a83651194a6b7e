import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogle } from '../../test/fake-google.js';
import { openDatabase, quietLogger } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { createGoogleServices } from './google-services.js';
import { disconnectCalendar } from './disconnect-calendar.js';
import { reencryptRefreshTokens } from './reencrypt-refresh-tokens.js';
import { TokenCipher } from './token-cipher.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let fakeGoogle: Awaited<ReturnType<typeof startFakeGoogle>>;
const oldKey = randomBytes(32).toString('base64');
const newKey = randomBytes(32).toString('base64');

// A generous time-out: the revocation at the end proves the moved token is Google's, and must not fail on a busy machine.
const servicesWith = (tokenKey: string, previousTokenKey?: string) =>
  createGoogleServices(
    {
      clientId: 'test-client',
      clientSecret: 'test-secret',
      tokenKey,
      previousTokenKey,
      oauthBaseUrl: fakeGoogle.url,
      apiRootUrl: `${fakeGoogle.url}/`,
      timeoutMs: 5_000,
    },
    'http://app.example',
    false,
  );

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  fakeGoogle = await startFakeGoogle();
});
afterAll(async () => {
  await fakeGoogle?.close();
  await close();
});

describe('rotating GOOGLE_TOKEN_KEY', () => {
  it('keeps every connected calendar: tokens stored under the old key move to the new one', async () => {
    const before = servicesWith(oldKey);
    const connected: { userId: string; refreshToken: string }[] = [];
    for (const name of ['alex', 'sam']) {
      const { id: userId } = await prisma.user.create({ data: { email: `${name}@example.com`, name } });
      const { refreshToken } = await before.calendar.exchangeCode(fakeGoogle.authorize(name));
      await prisma.googleCalendarConnection.create({ data: { userId, encryptedRefreshToken: before.cipher.encrypt(refreshToken), scope: 'calendar.events' } });
      connected.push({ userId, refreshToken });
    }
    const { id: lostId } = await prisma.user.create({ data: { email: 'lost@example.com', name: 'Lost' } });
    const lost = new TokenCipher(randomBytes(32).toString('base64')).encrypt('refresh-lost');
    await prisma.googleCalendarConnection.create({ data: { userId: lostId, encryptedRefreshToken: lost, scope: 'calendar.events' } });

    const rotating = servicesWith(newKey, oldKey);
    expect(await reencryptRefreshTokens({ prisma, cipher: rotating.cipher, logger: quietLogger() })).toEqual({ reencrypted: 2, unreadable: 1 });
    // Run again (another instance starting): nothing left to move, the unreadable row untouched.
    expect(await reencryptRefreshTokens({ prisma, cipher: rotating.cipher, logger: quietLogger() })).toEqual({ reencrypted: 0, unreadable: 1 });
    expect((await prisma.googleCalendarConnection.findUniqueOrThrow({ where: { userId: lostId } })).encryptedRefreshToken).toBe(lost);

    // Once the previous key is dropped, the new key alone reads every moved token, and Google accepts it.
    const after = servicesWith(newKey);
    for (const { userId, refreshToken } of connected) {
      const row = await prisma.googleCalendarConnection.findUniqueOrThrow({ where: { userId } });
      expect(after.cipher.decrypt(row.encryptedRefreshToken)).toBe(refreshToken);
      expect(await disconnectCalendar({ prisma, google: after, logger: quietLogger() }, userId)).toEqual({ outcome: 'disconnected' });
      expect(fakeGoogle.isRevoked(refreshToken)).toBe(true);
    }
  });

  it('does nothing without a previous key', async () => {
    const cipher = new TokenCipher(newKey);
    expect(await reencryptRefreshTokens({ prisma, cipher, logger: quietLogger() })).toEqual({ reencrypted: 0, unreadable: 0 });
  });
});
