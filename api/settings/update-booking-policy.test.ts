import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { ProviderRulesCache } from './provider-rules-cache.js';
import { updateBookingPolicy } from './update-booking-policy.js';

let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());

describe('updateBookingPolicy', () => {
  it('changes only the rules given, returns the whole policy, and the cached rules see it at once', async () => {
    const rules = new ProviderRulesCache(prisma);
    expect((await rules.get()).cancellationNoticeHours).toBe(24);
    const result = await updateBookingPolicy({ prisma, rules }, { cancellationNoticeHours: 48, bufferMinutes: 10, maxDaysAhead: null });
    expect(result).toMatchObject({
      outcome: 'updated',
      policy: { cancellationNoticeHours: 48, bufferMinutes: 10, maxDaysAhead: 365, minBookingNoticeHours: 2, maxActiveAppointmentsPerClient: 5 },
    });
    expect(await rules.get()).toMatchObject({ cancellationNoticeHours: 48, bufferMinutes: 10 });

    const again = await updateBookingPolicy({ prisma, rules }, { maxChangesPerClientPerDay: 3 });
    expect(again.policy).toMatchObject({ cancellationNoticeHours: 48, bufferMinutes: 10, maxChangesPerClientPerDay: 3 });
  });
});
