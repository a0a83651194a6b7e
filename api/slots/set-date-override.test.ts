import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, clockAt, openDatabase, recordingSlotChanges } from '../../test/use-case-deps.js';
import { createUser } from '../../test/use-case-harness.js';
import type { PrismaClient } from '../db/prisma.js';
import { parseLocalDate } from '../domain/local-date.js';
import { ProviderRulesCache } from '../settings/provider-rules-cache.js';
import { updateAvailability } from '../settings/update-availability.js';
import { generateSlots } from './generate.js';
import { removeDateOverride } from './remove-date-override.js';
import { previewDateOverride, setDateOverride } from './set-date-override.js';

const date = parseLocalDate('2030-12-24')!;
// A Monday morning, a week before the dates the tests change.
const now = clockAt('2030-12-16T08:00:00Z');
let prisma: PrismaClient;
let close: () => Promise<void>;
let rules: ProviderRulesCache;
let slotChanges: ReturnType<typeof recordingSlotChanges>;
let deps: { prisma: PrismaClient; rules: ProviderRulesCache; slotChanges: typeof slotChanges; now: () => Date };

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());
beforeEach(async () => {
  await clearTables(prisma);
  rules = new ProviderRulesCache(prisma);
  slotChanges = recordingSlotChanges();
  deps = { prisma, rules, slotChanges, now };
});

const overrideOn = async (day: string) => (await rules.get()).dateOverrides.get(day);

/** 09:00-12:00 every weekday, slots generated for 2030-12-23 (Mon) .. 2030-12-27 (Fri): 6 a day. */
async function generateWeek() {
  await updateAvailability(deps, { weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })) });
  await generateSlots({ prisma, now, slotChanges: null }, { from: parseLocalDate('2030-12-23')!, to: parseLocalDate('2030-12-27')! });
  slotChanges.calls.length = 0;
}

/** Local "HH:MM" starts of the slots on a Luxembourg date (UTC+1 in December). */
async function startsOn(day: string) {
  const slots = await prisma.timeSlot.findMany({
    where: { startTime: { gte: new Date(`${day}T00:00:00+01:00`), lt: new Date(`${day}T24:00:00+01:00`) }, isBlocked: false },
    orderBy: { startTime: 'asc' },
  });
  return slots.map((slot) => new Date(slot.startTime.getTime() + 3_600_000).toISOString().slice(11, 16));
}

async function book(at: string, status: 'SCHEDULED' | 'CANCELLED' = 'SCHEDULED') {
  const slot = await prisma.timeSlot.findUniqueOrThrow({ where: { startTime: new Date(at) } });
  const user = await createUser(prisma);
  return prisma.appointment.create({ data: { userId: user.id, slotId: slot.id, startTime: slot.startTime, endTime: slot.endTime, status } });
}

describe('setDateOverride', () => {
  it('replaces the hours of one date, breaks included, and the cached rules see it at once', async () => {
    expect(await overrideOn('2030-12-24')).toBeUndefined();
    const hours = [
      { start: '14:00', end: '16:00' },
      { start: '09:00', end: '12:00' },
    ];
    expect(await setDateOverride(deps, { date, hours, note: 'Christmas Eve' })).toMatchObject({ outcome: 'saved', date: '2030-12-24' });
    expect(await overrideOn('2030-12-24')).toEqual([
      { startMinute: 540, endMinute: 720 },
      { startMinute: 840, endMinute: 960 },
    ]);
    expect((await prisma.dateOverride.findMany()).map((row) => row.note)).toEqual(['Christmas Eve', 'Christmas Eve']);
  });

  it('closes the date when given no hours, replacing earlier hours', async () => {
    await setDateOverride(deps, { date, hours: [{ start: '09:00', end: '12:00' }], note: null });
    expect(await setDateOverride(deps, { date, hours: [], note: 'Holiday' })).toMatchObject({ outcome: 'saved', date: '2030-12-24' });
    expect(await overrideOn('2030-12-24')).toEqual([]);
    expect(await prisma.dateOverride.count()).toBe(1);
  });

  it('refuses hours that are not times or overlap, keeping what was there', async () => {
    await setDateOverride(deps, { date, hours: [], note: null });
    const result = await setDateOverride(deps, {
      date,
      hours: [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
      ],
      note: null,
    });
    expect(result).toEqual({ outcome: 'invalid', fields: [{ path: 'hours.1.start', message: 'Overlaps 09:00-12:00 on the same day.' }] });
    expect(await setDateOverride(deps, { date, hours: [{ start: '9', end: '12:00' }], note: null })).toMatchObject({
      outcome: 'invalid',
      fields: [{ path: 'hours.0.start' }],
    });
    expect(await overrideOn('2030-12-24')).toEqual([]);
  });
});

describe('a day off and special hours change the slots already generated', () => {
  it('a day off closes that day’s free slots at once, keeps and reports the booked one, and announces the change', async () => {
    await generateWeek();
    const booked = await book('2030-12-24T09:00:00Z'); // 10:00 in Luxembourg
    expect(await previewDateOverride(deps, { date, hours: [] })).toEqual({
      outcome: 'preview',
      date: '2030-12-24',
      slots: { opened: 0, closed: 5, bookedOutsideHours: [booked.id] },
    });
    expect(await startsOn('2030-12-24')).toHaveLength(6); // the preview wrote nothing

    const result = await setDateOverride(deps, { date, hours: [], note: 'Holiday' });

    expect(result).toEqual({ outcome: 'saved', date: '2030-12-24', slots: { opened: 0, closed: 5, bookedOutsideHours: [booked.id] } });
    expect(await startsOn('2030-12-24')).toEqual(['10:00']);
    expect(await startsOn('2030-12-23')).toHaveLength(6);
    expect(slotChanges.calls).toEqual([{ ids: expect.any(Array) as string[], created: false }]);
    expect(slotChanges.calls[0]!.ids).toHaveLength(5);
  });

  it('special hours close the slots outside them and open the new ones; removing them brings the weekly hours back', async () => {
    await generateWeek();
    await setDateOverride(deps, { date, hours: [{ start: '11:00', end: '13:00' }], note: null });
    expect(await startsOn('2030-12-24')).toEqual(['11:00', '11:30', '12:00', '12:30']);

    const removed = await removeDateOverride(deps, { date });

    expect(removed).toEqual({ outcome: 'removed', date: '2030-12-24', slots: { opened: 4, closed: 2, bookedOutsideHours: [] } });
    expect(await startsOn('2030-12-24')).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(await removeDateOverride(deps, { date })).toMatchObject({ outcome: 'removed', slots: { opened: 0, closed: 0 } });
  });

  it('blocks a closed slot that keeps a cancelled appointment’s history instead of deleting it', async () => {
    await generateWeek();
    await book('2030-12-24T08:00:00Z', 'CANCELLED');
    await setDateOverride(deps, { date, hours: [], note: null });
    const left = await prisma.timeSlot.findMany({ where: { startTime: new Date('2030-12-24T08:00:00Z') } });
    expect(left.map((slot) => slot.isBlocked)).toEqual([true]);
    expect(await startsOn('2030-12-24')).toEqual([]);
  });

  it('leaves dates without generated slots, and past slots, alone', async () => {
    await generateWeek();
    expect(await setDateOverride(deps, { date: parseLocalDate('2031-01-06')!, hours: [], note: null })).toMatchObject({
      slots: { opened: 0, closed: 0 },
    });
    const later = { ...deps, now: clockAt('2030-12-24T10:15:00Z') };
    // At 11:15 in Luxembourg only the 11:30 slot is still ahead.
    expect(await setDateOverride(later, { date, hours: [], note: null })).toMatchObject({ slots: { closed: 1 } });
    expect(await startsOn('2030-12-24')).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
  });
});

describe('removeDateOverride', () => {
  it('lets the weekly hours apply again, and is fine when there is nothing to remove', async () => {
    await setDateOverride(deps, { date, hours: [], note: null });
    expect(await overrideOn('2030-12-24')).toEqual([]);
    expect(await removeDateOverride(deps, { date })).toMatchObject({ outcome: 'removed', date: '2030-12-24' });
    expect(await overrideOn('2030-12-24')).toBeUndefined();
    expect(await removeDateOverride(deps, { date })).toMatchObject({ outcome: 'removed', date: '2030-12-24' });
  });
});
