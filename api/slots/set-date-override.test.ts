import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, openDatabase } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { parseLocalDate } from '../domain/local-date.js';
import { ProviderRulesCache } from '../settings/provider-rules-cache.js';
import { removeDateOverride } from './remove-date-override.js';
import { setDateOverride } from './set-date-override.js';

const date = parseLocalDate('2030-12-24')!;
let prisma: PrismaClient;
let close: () => Promise<void>;
let rules: ProviderRulesCache;

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());
beforeEach(async () => {
  await clearTables(prisma);
  rules = new ProviderRulesCache(prisma);
});

const overrideOn = async (day: string) => (await rules.get()).dateOverrides.get(day);

describe('setDateOverride', () => {
  it('replaces the hours of one date, breaks included, and the cached rules see it at once', async () => {
    expect(await overrideOn('2030-12-24')).toBeUndefined();
    const hours = [
      { start: '14:00', end: '16:00' },
      { start: '09:00', end: '12:00' },
    ];
    expect(await setDateOverride({ prisma, rules }, { date, hours, note: 'Christmas Eve' })).toEqual({ outcome: 'saved', date: '2030-12-24' });
    expect(await overrideOn('2030-12-24')).toEqual([
      { startMinute: 540, endMinute: 720 },
      { startMinute: 840, endMinute: 960 },
    ]);
    expect((await prisma.dateOverride.findMany()).map((row) => row.note)).toEqual(['Christmas Eve', 'Christmas Eve']);
  });

  it('closes the date when given no hours, replacing earlier hours', async () => {
    await setDateOverride({ prisma, rules }, { date, hours: [{ start: '09:00', end: '12:00' }], note: null });
    expect(await setDateOverride({ prisma, rules }, { date, hours: [], note: 'Holiday' })).toEqual({ outcome: 'saved', date: '2030-12-24' });
    expect(await overrideOn('2030-12-24')).toEqual([]);
    expect(await prisma.dateOverride.count()).toBe(1);
  });

  it('refuses hours that are not times or overlap, keeping what was there', async () => {
    await setDateOverride({ prisma, rules }, { date, hours: [], note: null });
    const result = await setDateOverride(
      { prisma, rules },
      {
        date,
        hours: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
        note: null,
      },
    );
    expect(result).toEqual({ outcome: 'invalid', fields: [{ path: 'hours.1.start', message: 'Overlaps 09:00-12:00 on the same day.' }] });
    expect(await setDateOverride({ prisma, rules }, { date, hours: [{ start: '9', end: '12:00' }], note: null })).toMatchObject({
      outcome: 'invalid',
      fields: [{ path: 'hours.0.start' }],
    });
    expect(await overrideOn('2030-12-24')).toEqual([]);
  });
});

describe('removeDateOverride', () => {
  it('lets the weekly hours apply again, and is fine when there is nothing to remove', async () => {
    await setDateOverride({ prisma, rules }, { date, hours: [], note: null });
    expect(await overrideOn('2030-12-24')).toEqual([]);
    expect(await removeDateOverride({ prisma, rules }, { date })).toEqual({ outcome: 'removed', date: '2030-12-24' });
    expect(await overrideOn('2030-12-24')).toBeUndefined();
    expect(await removeDateOverride({ prisma, rules }, { date })).toEqual({ outcome: 'removed', date: '2030-12-24' });
  });
});
