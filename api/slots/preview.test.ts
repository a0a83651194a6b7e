import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockAt, openDatabase } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { parseLocalDate } from '../domain/local-date.js';
import { previewSlots } from './preview.js';

const day = (text: string) => parseLocalDate(text)!;
let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  // Mondays 09:00-12:00, 60-minute slots, Luxembourg (UTC+1 in January).
  await prisma.providerSettings.create({ data: { id: 1, slotMinutes: 60 } });
  await prisma.weeklyHours.create({ data: { weekday: 1, startMinute: 540, endMinute: 720 } });
  await prisma.timeSlot.create({ data: { startTime: new Date('2030-01-14T09:00:00Z'), endTime: new Date('2030-01-14T10:00:00Z') } });
});
afterAll(() => close());

describe('previewSlots', () => {
  it('counts what generation would create, find there, and skip as past, writing nothing', async () => {
    const result = await previewSlots({ prisma, now: clockAt('2030-01-07T09:30:00Z') }, { from: day('2030-01-07'), to: day('2030-01-14') });
    expect(result).toEqual({
      outcome: 'preview',
      preview: {
        wouldCreate: 3,
        alreadyThere: 1,
        inThePast: 2,
        sample: [
          { startTime: new Date('2030-01-07T10:00:00Z'), endTime: new Date('2030-01-07T11:00:00Z') },
          { startTime: new Date('2030-01-14T08:00:00Z'), endTime: new Date('2030-01-14T09:00:00Z') },
          { startTime: new Date('2030-01-14T10:00:00Z'), endTime: new Date('2030-01-14T11:00:00Z') },
        ],
      },
    });
    expect(await prisma.timeSlot.count()).toBe(1);
  });

  it('keeps the sample to the first 50 slots', async () => {
    const result = await previewSlots({ prisma, now: clockAt('2030-01-01T00:00:00Z') }, { from: day('2030-02-01'), to: day('2030-12-31') });
    expect(result.outcome === 'preview' && result.preview.wouldCreate).toBe(48 * 3);
    expect(result.outcome === 'preview' && result.preview.sample).toHaveLength(50);
  });

  it('refuses the ranges generation refuses', async () => {
    expect(await previewSlots({ prisma, now: clockAt('2030-01-01T00:00:00Z') }, { from: day('2030-01-08'), to: day('2030-01-07') })).toEqual({
      outcome: 'invalid',
      fields: [{ path: 'to', message: '"to" must not be before "from".' }],
    });
  });
});
