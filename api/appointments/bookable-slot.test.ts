import { describe, expect, it } from 'vitest';
import { SLOT_TAKEN, settleSlotConflict } from './bookable-slot.js';

describe('settleSlotConflict', () => {
  it('passes the change’s own result through', async () => {
    expect(await settleSlotConflict(async () => ({ outcome: 'booked' }))).toEqual({ outcome: 'booked' });
  });

  it('answers a unique or exclusion violation as a slot just taken', async () => {
    for (const violation of [{ code: 'P2002' }, { code: '23505' }, { code: '23P01' }, { meta: { driverAdapterError: { cause: { originalCode: '23505' } } } }]) {
      // Prisma and the driver reject with plain objects carrying codes, not Errors.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      expect(await settleSlotConflict(() => Promise.reject(violation))).toEqual({ outcome: 'slot-unavailable', reason: SLOT_TAKEN });
    }
  });

  it('lets any other failure through', async () => {
    const failure = new Error('connection terminated');
    await expect(settleSlotConflict(() => Promise.reject(failure))).rejects.toBe(failure);
  });
});
