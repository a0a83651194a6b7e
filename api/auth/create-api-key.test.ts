import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { ApiKeys, hashApiKey } from './api-keys.js';
import { createApiKey } from './create-api-key.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let providerId: string;

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  ({ id: providerId } = await prisma.user.create({ data: { email: 'provider@example.com', name: 'Claire', role: 'PROVIDER' } }));
});
afterAll(() => close());

describe('createApiKey', () => {
  it('returns the secret once, stores only its hash, each scope once, and the key works', async () => {
    const result = await createApiKey({ prisma }, { name: 'Website widget', scopes: ['availability:read', 'availability:read'], createdById: providerId });
    expect(result).toMatchObject({
      outcome: 'created',
      apiKey: { name: 'Website widget', scopes: ['availability:read'], createdById: providerId, revokedAt: null },
    });
    expect(result.secret).toMatch(/^sl_/);
    const stored = await prisma.apiKey.findUniqueOrThrow({ where: { id: result.apiKey.id } });
    expect(stored.hash).toBe(hashApiKey(result.secret));
    expect(stored.prefix).toBe(result.secret.slice(0, 10));
    expect(JSON.stringify(stored)).not.toContain(result.secret);
    expect(await new ApiKeys(prisma).verify(result.secret)).toEqual({ id: result.apiKey.id, name: 'Website widget', scopes: ['availability:read'] });
  });
});
