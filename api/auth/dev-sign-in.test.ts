import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, quietLogger } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { ApiKeys } from './api-keys.js';
import { DevTokens } from './dev-tokens.js';
import { devSignIn } from './dev-sign-in.js';
import { LOOKALIKE_EMAIL } from './user-for-identity.js';
import { Authenticator } from './viewer.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let deps: { devTokens: DevTokens; authenticator: Authenticator };

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  const devTokens = new DevTokens('a test secret that is long enough to sign with');
  deps = { devTokens, authenticator: new Authenticator(prisma, devTokens, ['provider@example.com'], new ApiKeys(prisma), quietLogger()) };
});
afterAll(() => close());

describe('devSignIn', () => {
  it('signs anyone in by address, in lower case, with a token the server accepts', async () => {
    const result = await devSignIn(deps, { email: 'Provider@Example.com', name: 'Claire' });
    expect(result).toMatchObject({ outcome: 'signed-in', user: { email: 'provider@example.com', name: 'Claire', role: 'PROVIDER' } });
    const token = result.outcome === 'signed-in' ? result.token : '';
    expect((await deps.authenticator.authenticate(`Bearer ${token}`)).viewer?.user.email).toBe('provider@example.com');
  });

  it('refuses an address that imitates another one', async () => {
    // A full-width "k" (U+FF4B) stands for a plain one.
    expect(await devSignIn(deps, { email: '\uFF4Belly@example.com', name: null })).toEqual({ outcome: 'refused', message: LOOKALIKE_EMAIL });
  });

  it('is unavailable outside AUTH_MODE=dev', async () => {
    expect(await devSignIn({ ...deps, devTokens: null }, { email: 'someone@example.com', name: null })).toEqual({ outcome: 'unavailable' });
  });
});
