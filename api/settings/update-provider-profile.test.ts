import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { ProviderRulesCache } from './provider-rules-cache.js';
import { updateProviderProfile } from './update-provider-profile.js';

let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());

describe('updateProviderProfile', () => {
  it('shows the account name until a display name is set, changes only what is given, and clears with null', async () => {
    const rules = new ProviderRulesCache(prisma);
    const deps = { prisma, rules };
    expect(
      await updateProviderProfile(deps, { headline: 'Consulting', phone: '+352 621 123 456', location: 'Rue de la Gare 1, Luxembourg' }, 'Claire Weber'),
    ).toEqual({
      outcome: 'updated',
      profile: {
        displayName: 'Claire Weber',
        headline: 'Consulting',
        timezone: 'Europe/Luxembourg',
        contactEmail: null,
        phone: '+352 621 123 456',
        website: null,
        location: 'Rue de la Gare 1, Luxembourg',
      },
    });
    const renamed = await updateProviderProfile(deps, { displayName: 'Dr. Weber', timezone: 'Europe/Paris', phone: null, location: null }, 'Claire Weber');
    expect(renamed.profile).toEqual({
      displayName: 'Dr. Weber',
      headline: 'Consulting',
      timezone: 'Europe/Paris',
      contactEmail: null,
      phone: null,
      website: null,
      location: null,
    });
    expect((await rules.get()).timezone).toBe('Europe/Paris');
  });
});
