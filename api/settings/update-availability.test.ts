import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, openDatabase } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { ProviderRulesCache } from './provider-rules-cache.js';
import { updateAvailability } from './update-availability.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let rules: ProviderRulesCache;

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());
beforeEach(async () => {
  await clearTables(prisma);
  rules = new ProviderRulesCache(prisma);
});

describe('updateAvailability', () => {
  it('replaces the weekly hours and sets slot length and time zone, seen at once through the cached rules', async () => {
    expect((await rules.get()).slotMinutes).toBe(30);
    const first = await updateAvailability({ prisma, rules }, { weeklyHours: [{ weekday: 5, start: '08:00', end: '12:00' }] });
    expect(first).toEqual({ outcome: 'updated' });
    const result = await updateAvailability(
      { prisma, rules },
      {
        weeklyHours: [
          { weekday: 1, start: '13:00', end: '17:00' },
          { weekday: 1, start: '09:00', end: '12:00' },
        ],
        slotMinutes: 45,
        timezone: 'America/New_York',
      },
    );
    expect(result).toEqual({ outcome: 'updated' });
    expect(await rules.get()).toMatchObject({
      slotMinutes: 45,
      timezone: 'America/New_York',
      weeklyHours: [
        { weekday: 1, startMinute: 540, endMinute: 720 },
        { weekday: 1, startMinute: 780, endMinute: 1020 },
      ],
    });
  });

  it('keeps slot length and time zone when they are not given', async () => {
    await updateAvailability({ prisma, rules }, { weeklyHours: [], slotMinutes: 60, timezone: 'Europe/Paris' });
    await updateAvailability({ prisma, rules }, { weeklyHours: [{ weekday: 2, start: '09:00', end: '10:00' }], slotMinutes: null, timezone: null });
    expect(await rules.get()).toMatchObject({ slotMinutes: 60, timezone: 'Europe/Paris', weeklyHours: [{ weekday: 2, startMinute: 540, endMinute: 600 }] });
  });

  it('refuses hours that are not times, out of order, or overlapping, and changes nothing', async () => {
    await updateAvailability({ prisma, rules }, { weeklyHours: [{ weekday: 3, start: '09:00', end: '10:00' }] });
    const result = await updateAvailability(
      { prisma, rules },
      {
        weeklyHours: [
          { weekday: 1, start: '25:00', end: '10:00' },
          { weekday: 9, start: '10:00', end: '09:00' },
        ],
        slotMinutes: 15,
      },
    );
    expect(result).toEqual({
      outcome: 'invalid',
      fields: [
        { path: 'weeklyHours.0.start', message: 'Start must be a time "HH:MM" between 00:00 and 23:59.' },
        { path: 'weeklyHours.1.weekday', message: 'Weekday must be 1 (Monday) to 7 (Sunday).' },
        { path: 'weeklyHours.1.end', message: 'End must be after start.' },
      ],
    });
    expect(await rules.get()).toMatchObject({ slotMinutes: 30, weeklyHours: [{ weekday: 3, startMinute: 540, endMinute: 600 }] });
  });
});
