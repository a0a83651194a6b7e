import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearTables, clockAt, openDatabase, recordingSlotChanges } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { parseLocalDate } from '../domain/local-date.js';
import { generateSlots } from './generate.js';

const day = (text: string) => parseLocalDate(text)!;
let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());

beforeEach(async () => {
  await clearTables(prisma);
  // Mondays and Tuesdays 09:00-11:00 and 14:00-15:00 in Luxembourg (UTC+1 in January), 60-minute slots.
  await prisma.providerSettings.create({ data: { id: 1, slotMinutes: 60, timezone: 'Europe/Luxembourg' } });
  await prisma.weeklyHours.createMany({
    data: [1, 2].flatMap((weekday) => [
      { weekday, startMinute: 540, endMinute: 660 },
      { weekday, startMinute: 840, endMinute: 900 },
    ]),
  });
});

const starts = async () => (await prisma.timeSlot.findMany({ orderBy: { startTime: 'asc' } })).map((slot) => slot.startTime.toISOString());

describe('generateSlots', () => {
  it('creates the slots of the weekly hours, announces them as new, and skips them when run again', async () => {
    const slotChanges = recordingSlotChanges();
    const deps = { prisma, slotChanges, now: clockAt('2030-01-01T00:00:00Z') };
    const range = { from: day('2030-01-07'), to: day('2030-01-13') };

    expect(await generateSlots(deps, range)).toEqual({ outcome: 'generated', created: 6, skipped: 0 });
    expect(await starts()).toEqual([
      '2030-01-07T08:00:00.000Z',
      '2030-01-07T09:00:00.000Z',
      '2030-01-07T13:00:00.000Z',
      '2030-01-08T08:00:00.000Z',
      '2030-01-08T09:00:00.000Z',
      '2030-01-08T13:00:00.000Z',
    ]);
    expect(slotChanges.calls).toEqual([{ ids: expect.any(Array), created: true }]);
    expect(slotChanges.calls[0]!.ids).toHaveLength(6);

    expect(await generateSlots(deps, range)).toEqual({ outcome: 'generated', created: 0, skipped: 6 });
    expect(await prisma.timeSlot.count()).toBe(6);
  });

  it('skips slots that have already started, by the clock it is given', async () => {
    const deps = { prisma, slotChanges: recordingSlotChanges(), now: clockAt('2030-01-07T09:00:00Z') };
    expect(await generateSlots(deps, { from: day('2030-01-07'), to: day('2030-01-07') })).toEqual({ outcome: 'generated', created: 1, skipped: 2 });
    expect(await starts()).toEqual(['2030-01-07T13:00:00.000Z']);
  });

  it('skips slots that overlap an existing one', async () => {
    await prisma.timeSlot.create({ data: { startTime: new Date('2030-01-07T08:30:00Z'), endTime: new Date('2030-01-07T09:30:00Z') } });
    const deps = { prisma, slotChanges: null, now: clockAt('2030-01-01T00:00:00Z') };
    expect(await generateSlots(deps, { from: day('2030-01-07'), to: day('2030-01-07') })).toEqual({ outcome: 'generated', created: 1, skipped: 2 });
  });

  it('refuses a reversed or too long range without writing', async () => {
    const deps = { prisma, slotChanges: recordingSlotChanges(), now: clockAt('2030-01-01T00:00:00Z') };
    expect(await generateSlots(deps, { from: day('2030-01-08'), to: day('2030-01-07') })).toEqual({
      outcome: 'invalid',
      fields: [{ path: 'to', message: '"to" must not be before "from".' }],
    });
    expect(await generateSlots(deps, { from: day('2030-01-01'), to: day('2031-01-02') })).toEqual({
      outcome: 'invalid',
      fields: [{ path: 'to', message: 'At most 366 days at a time.' }],
    });
    expect(await prisma.timeSlot.count()).toBe(0);
    expect(deps.slotChanges.calls).toEqual([]);
  });
});
