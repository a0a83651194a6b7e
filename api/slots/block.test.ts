import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockAt, openDatabase, recordingSlotChanges } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { setSlotBlocked } from './block.js';

let prisma: PrismaClient;
let close: () => Promise<void>;
let slotId: string;

beforeAll(async () => {
  ({ prisma, close } = await openDatabase());
  ({ id: slotId } = await prisma.timeSlot.create({ data: { startTime: new Date('2030-01-07T08:00:00Z'), endTime: new Date('2030-01-07T08:30:00Z') } }));
});
afterAll(() => close());

const now = clockAt('2030-01-01T00:00:00Z');
const slotView = (isAvailable: boolean) => ({
  id: slotId,
  startTime: new Date('2030-01-07T08:00:00Z'),
  endTime: new Date('2030-01-07T08:30:00Z'),
  isAvailable,
});

describe('setSlotBlocked', () => {
  it('withholds a slot, then offers it again, announcing each change', async () => {
    const slotChanges = recordingSlotChanges();
    expect(await setSlotBlocked({ prisma, slotChanges, now }, { slotId, blocked: true })).toEqual({ outcome: 'updated', slot: slotView(false) });
    expect((await prisma.timeSlot.findUniqueOrThrow({ where: { id: slotId } })).isBlocked).toBe(true);
    expect(await setSlotBlocked({ prisma, slotChanges, now }, { slotId, blocked: false })).toEqual({ outcome: 'updated', slot: slotView(true) });
    expect(slotChanges.calls).toEqual([
      { ids: [slotId], created: false },
      { ids: [slotId], created: false },
    ]);
  });

  it('shows an unblocked slot as unavailable once it has started', async () => {
    const later = clockAt('2030-01-07T08:10:00Z');
    expect(await setSlotBlocked({ prisma, slotChanges: recordingSlotChanges(), now: later }, { slotId, blocked: false })).toEqual({
      outcome: 'updated',
      slot: slotView(false),
    });
  });

  it('finds no slot with an unknown id, and announces nothing', async () => {
    const slotChanges = recordingSlotChanges();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await setSlotBlocked({ prisma, slotChanges, now }, { slotId: unknown, blocked: true })).toEqual({ outcome: 'not-found' });
    expect(slotChanges.calls).toEqual([]);
  });
});
