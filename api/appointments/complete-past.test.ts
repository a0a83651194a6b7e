import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, slotMaker, startUseCaseHarness, type UseCaseHarness } from '../../test/use-case-harness.js';
import type { AppointmentStatus, TimeSlot, User } from '../generated/prisma/client.js';
import { completePastAppointments } from './complete-past.js';

const NOW = new Date('2027-05-10T12:00:00.000Z');
const MINUTE = 60_000;

let harness: UseCaseHarness;
let client: User;

beforeAll(async () => {
  harness = await startUseCaseHarness();
  client = await createUser(harness.prisma);
});
afterAll(() => harness?.stop());

const appointmentIn = (slot: TimeSlot, status: AppointmentStatus = 'SCHEDULED') =>
  harness.prisma.appointment.create({
    data: { userId: client.id, slotId: slot.id, startTime: slot.startTime, endTime: slot.endTime, status, revision: 3 },
  });

const statusOf = async (id: string) => harness.prisma.appointment.findUniqueOrThrow({ where: { id }, select: { status: true, revision: true } });

it('completes the scheduled appointments that have ended, and only those, leaving the revision alone', async () => {
  const makeSlot = slotMaker(harness.prisma, new Date(NOW.getTime() - 10 * 60 * MINUTE));
  const ended = await appointmentIn(await makeSlot());
  const cancelled = await appointmentIn(await makeSlot(), 'CANCELLED');
  const noShow = await appointmentIn(await makeSlot(), 'NO_SHOW');
  const running = await appointmentIn(await makeSlot({ at: new Date(NOW.getTime() - 10 * MINUTE) }));
  const ahead = await appointmentIn(await makeSlot({ at: new Date(NOW.getTime() + 60 * MINUTE) }));

  expect(await completePastAppointments(harness.deps, NOW)).toEqual({ outcome: 'completed', count: 1 });
  expect(await statusOf(ended.id)).toEqual({ status: 'COMPLETED', revision: 3 });
  expect(await statusOf(cancelled.id)).toEqual({ status: 'CANCELLED', revision: 3 });
  expect(await statusOf(noShow.id)).toEqual({ status: 'NO_SHOW', revision: 3 });
  expect(await statusOf(running.id)).toEqual({ status: 'SCHEDULED', revision: 3 });
  expect(await statusOf(ahead.id)).toEqual({ status: 'SCHEDULED', revision: 3 });

  // An appointment that ends at this very instant is over.
  expect(await completePastAppointments(harness.deps, running.endTime)).toEqual({ outcome: 'completed', count: 1 });
  expect(await statusOf(running.id)).toEqual({ status: 'COMPLETED', revision: 3 });
  expect(await statusOf(ahead.id)).toEqual({ status: 'SCHEDULED', revision: 3 });
  expect(await completePastAppointments(harness.deps, running.endTime)).toEqual({ outcome: 'completed', count: 0 });
});
