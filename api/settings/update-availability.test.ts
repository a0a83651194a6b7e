import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, clockAt, openDatabase, recordingSlotChanges } from '../../test/use-case-deps.js';
import { createUser } from '../../test/use-case-harness.js';
import type { PrismaClient } from '../db/prisma.js';
import { ProviderRulesCache } from './provider-rules-cache.js';
import { parseLocalDate } from '../domain/local-date.js';
import { generateSlots } from '../slots/generate.js';
import { previewAvailabilityChange, updateAvailability } from './update-availability.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let rules: ProviderRulesCache;
let slotChanges: ReturnType<typeof recordingSlotChanges>;
let deps: { prisma: PrismaClient; rules: ProviderRulesCache; slotChanges: typeof slotChanges; now: () => Date };
// A Monday morning before the week the tests generate.
const now = clockAt('2030-12-16T08:00:00Z');

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());
beforeEach(async () => {
  await clearTables(prisma);
  rules = new ProviderRulesCache(prisma);
  slotChanges = recordingSlotChanges();
  deps = { prisma, rules, slotChanges, now };
});

describe('updateAvailability', () => {
  it('replaces the weekly hours and sets slot length and time zone, seen at once through the cached rules', async () => {
    expect((await rules.get()).slotMinutes).toBe(30);
    const first = await updateAvailability(deps, { weeklyHours: [{ weekday: 5, start: '08:00', end: '12:00' }] });
    expect(first).toMatchObject({ outcome: 'updated' });
    const result = await updateAvailability(deps, {
      weeklyHours: [
        { weekday: 1, start: '13:00', end: '17:00' },
        { weekday: 1, start: '09:00', end: '12:00' },
      ],
      slotMinutes: 45,
      timezone: 'America/New_York',
    });
    expect(result).toMatchObject({ outcome: 'updated' });
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
    await updateAvailability(deps, { weeklyHours: [], slotMinutes: 60, timezone: 'Europe/Paris' });
    await updateAvailability(deps, { weeklyHours: [{ weekday: 2, start: '09:00', end: '10:00' }], slotMinutes: null, timezone: null });
    expect(await rules.get()).toMatchObject({ slotMinutes: 60, timezone: 'Europe/Paris', weeklyHours: [{ weekday: 2, startMinute: 540, endMinute: 600 }] });
  });

  it('refuses hours that are not times, out of order, or overlapping, and changes nothing', async () => {
    await updateAvailability(deps, { weeklyHours: [{ weekday: 3, start: '09:00', end: '10:00' }] });
    const result = await updateAvailability(deps, {
      weeklyHours: [
        { weekday: 1, start: '25:00', end: '10:00' },
        { weekday: 9, start: '10:00', end: '09:00' },
      ],
      slotMinutes: 15,
    });
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

describe('the slots already generated follow new weekly hours', () => {
  /** Starts ("YYYY-MM-DD HH:MM", Luxembourg time: UTC+1 in December) of the slots still offered. */
  async function offered() {
    const slots = await prisma.timeSlot.findMany({ where: { isBlocked: false }, orderBy: { startTime: 'asc' } });
    return slots.map((slot) => new Date(slot.startTime.getTime() + 3_600_000).toISOString().slice(0, 16).replace('T', ' '));
  }

  it('closes free slots outside the new hours, opens the new ones up to the last generated date, and keeps booked ones', async () => {
    await updateAvailability(deps, {
      weeklyHours: [
        { weekday: 1, start: '09:00', end: '10:00' },
        { weekday: 2, start: '09:00', end: '10:00' },
      ],
    });
    await generateSlots({ prisma, now, slotChanges: null }, { from: parseLocalDate('2030-12-23')!, to: parseLocalDate('2030-12-31')! });
    expect(await offered()).toEqual([
      '2030-12-23 09:00',
      '2030-12-23 09:30',
      '2030-12-24 09:00',
      '2030-12-24 09:30',
      '2030-12-30 09:00',
      '2030-12-30 09:30',
      '2030-12-31 09:00',
      '2030-12-31 09:30',
    ]);
    const slot = await prisma.timeSlot.findUniqueOrThrow({ where: { startTime: new Date('2030-12-24T08:30:00Z') } });
    const client = await createUser(prisma);
    const booked = await prisma.appointment.create({ data: { userId: client.id, slotId: slot.id, startTime: slot.startTime, endTime: slot.endTime } });
    // Tuesdays close; Wednesdays open 14:00-15:00; Mondays stay.
    const change = {
      weeklyHours: [
        { weekday: 1, start: '09:00', end: '10:00' },
        { weekday: 3, start: '14:00', end: '15:00' },
      ],
    };

    const preview = await previewAvailabilityChange(deps, change);
    expect(preview).toEqual({ outcome: 'preview', slots: { opened: 2, closed: 3, bookedOutsideHours: [booked.id] } });
    expect(await offered()).toHaveLength(8);

    const result = await updateAvailability(deps, change);

    expect(result).toEqual({ outcome: 'updated', slots: { opened: 2, closed: 3, bookedOutsideHours: [booked.id] } });
    // The Wednesday after the last generated date (2031-01-01) gets no slots: generating does that.
    expect(await offered()).toEqual([
      '2030-12-23 09:00',
      '2030-12-23 09:30',
      '2030-12-24 09:30',
      '2030-12-25 14:00',
      '2030-12-25 14:30',
      '2030-12-30 09:00',
      '2030-12-30 09:30',
    ]);
    expect(slotChanges.calls.map((call) => [call.ids.length, call.created])).toEqual([
      [3, false],
      [2, true],
    ]);
  });

  it('moves free slots to the new time zone and slot length', async () => {
    await updateAvailability(deps, { weeklyHours: [{ weekday: 1, start: '09:00', end: '10:00' }] });
    await generateSlots({ prisma, now, slotChanges: null }, { from: parseLocalDate('2030-12-23')!, to: parseLocalDate('2030-12-23')! });
    const result = await updateAvailability(deps, { weeklyHours: [{ weekday: 1, start: '09:00', end: '10:00' }], slotMinutes: 60, timezone: 'Europe/London' });
    expect(result).toMatchObject({ slots: { opened: 1, closed: 2 } });
    // 09:00 in London is 10:00 in Luxembourg.
    expect(await offered()).toEqual(['2030-12-23 10:00']);
  });

  it('changes no slot when none are generated', async () => {
    expect(await updateAvailability(deps, { weeklyHours: [{ weekday: 1, start: '09:00', end: '17:00' }] })).toEqual({
      outcome: 'updated',
      slots: { opened: 0, closed: 0, bookedOutsideHours: [] },
    });
    expect(await prisma.timeSlot.count()).toBe(0);
  });
});
