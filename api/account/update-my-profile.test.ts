import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, quietLogger } from '../../test/use-case-deps.js';
import { ApiKeys } from '../auth/api-keys.js';
import { DevTokens } from '../auth/dev-tokens.js';
import { Authenticator } from '../auth/viewer.js';
import type { PrismaClient } from '../db/prisma.js';
import { updateMyProfile } from './update-my-profile.js';

let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());

describe('updateMyProfile', () => {
  it('changes the given fields, and the next request with a cached sign-in sees them', async () => {
    const tokens = new DevTokens('a test secret that is long enough to sign with');
    const authenticator = new Authenticator(prisma, tokens, ['provider@example.com'], new ApiKeys(prisma), quietLogger());
    const token = `Bearer ${tokens.sign({ email: 'alex@example.com', name: 'Alex' })}`;
    const before = await authenticator.authenticate(token);
    const userId = before.viewer!.user.id;

    expect(await updateMyProfile({ prisma, authenticator, now: () => new Date() }, userId, { name: 'Alex Martin', timezone: null })).toEqual({
      outcome: 'updated',
      userId,
    });
    expect((await authenticator.authenticate(token)).viewer!.user).toMatchObject({ name: 'Alex Martin', timezone: 'Europe/Luxembourg' });

    await updateMyProfile({ prisma, authenticator, now: () => new Date() }, userId, { timezone: 'Europe/Paris' });
    expect((await authenticator.authenticate(token)).viewer!.user).toMatchObject({ name: 'Alex Martin', timezone: 'Europe/Paris' });
  });
});
