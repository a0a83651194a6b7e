import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockAt, openDatabase } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { ApiKeys } from './api-keys.js';
import { createApiKey } from './create-api-key.js';
import { revokeApiKey } from './revoke-api-key.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let providerId: string;

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  ({ id: providerId } = await prisma.user.create({ data: { email: 'provider@example.com', name: 'Claire', role: 'PROVIDER' } }));
});
afterAll(() => close());

describe('revokeApiKey', () => {
  it('stops a key at once on this instance, and keeps the first revocation time', async () => {
    const apiKeys = new ApiKeys(prisma);
    const { apiKey, secret } = await createApiKey({ prisma }, { name: 'CRM', scopes: ['appointments:read'], createdById: providerId });
    expect(await apiKeys.verify(secret)).not.toBeNull(); // now cached as valid

    const first = await revokeApiKey({ prisma, apiKeys, now: clockAt('2030-01-01T10:00:00Z') }, apiKey.id);
    expect(first).toMatchObject({ outcome: 'revoked', apiKey: { id: apiKey.id, revokedAt: new Date('2030-01-01T10:00:00Z') } });
    expect(await apiKeys.verify(secret)).toBeNull();

    const again = await revokeApiKey({ prisma, apiKeys, now: clockAt('2030-02-01T10:00:00Z') }, apiKey.id);
    expect(again).toMatchObject({ outcome: 'revoked', apiKey: { revokedAt: new Date('2030-01-01T10:00:00Z') } });
  });

  it('finds no key with an unknown id', async () => {
    const deps = { prisma, apiKeys: new ApiKeys(prisma), now: clockAt('2030-01-01T10:00:00Z') };
    expect(await revokeApiKey(deps, '00000000-0000-4000-8000-000000000000')).toEqual({ outcome: 'not-found' });
  });
});
