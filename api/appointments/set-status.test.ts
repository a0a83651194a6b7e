import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor, createUser, slotMaker, startUseCaseHarness, type UseCaseHarness } from '../../test/use-case-harness.js';
import { bookAppointment } from './book.js';
import { setAppointmentStatus, type AppointmentOutcome } from './set-status.js';

const BOOKED_AT = new Date('2027-05-10T08:00:00.000Z');
const HOUR = 3_600_000;

let harness: UseCaseHarness;
let makeSlot: ReturnType<typeof slotMaker>;

beforeAll(async () => {
  harness = await startUseCaseHarness();
  makeSlot = slotMaker(harness.prisma, new Date('2027-05-11T07:00:00.000Z'));
});
afterAll(() => harness?.stop());

async function booked() {
  const client = await createUser(harness.prisma);
  const slot = await makeSlot();
  const result = await bookAppointment(harness.deps, { actor: actorFor(client), client, slotId: slot.id, notes: null }, BOOKED_AT);
  if (result.outcome !== 'booked') throw new Error(result.outcome);
  harness.reset();
  return result.appointment;
}

const mark = (appointmentId: string, status: AppointmentOutcome, now: Date) => setAppointmentStatus(harness.deps, { appointmentId, status }, now);

describe('setAppointmentStatus', () => {
  it('marks an appointment once it has started, and may mark it again; each mark moves the revision', async () => {
    const appointment = await booked();
    expect(await mark(appointment.id, 'NO_SHOW', appointment.startTime)).toMatchObject({
      outcome: 'marked',
      appointment: { id: appointment.id, status: 'NO_SHOW', revision: 1 },
    });
    expect(await mark(appointment.id, 'COMPLETED', new Date(appointment.endTime.getTime() + HOUR))).toMatchObject({
      outcome: 'marked',
      appointment: { status: 'COMPLETED', revision: 2 },
    });
    // No slot changes or e-mails; each mark asks for a calendar sync, so a no-show's event goes.
    expect(harness.recorded.announced).toEqual([]);
    expect(harness.recorded.enqueued.filter((job) => job.name === 'sync-calendar-event')).toEqual([
      { name: 'sync-calendar-event', data: { appointmentId: appointment.id } },
      { name: 'sync-calendar-event', data: { appointmentId: appointment.id } },
    ]);
    expect(await harness.prisma.notification.count({ where: { appointmentId: appointment.id, createdAt: { gt: BOOKED_AT } } })).toBe(0);
  });

  it('refuses an appointment that has not started yet', async () => {
    const appointment = await booked();
    expect(await mark(appointment.id, 'COMPLETED', new Date(appointment.startTime.getTime() - 1))).toEqual({
      outcome: 'not-started',
      reason: 'Only an appointment that has started can be marked.',
    });
    expect((await harness.prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe('SCHEDULED');
  });

  it('refuses a cancelled appointment, started or not', async () => {
    const appointment = await booked();
    await harness.prisma.appointment.update({ where: { id: appointment.id }, data: { status: 'CANCELLED' } });
    for (const now of [BOOKED_AT, appointment.endTime]) {
      expect(await mark(appointment.id, 'NO_SHOW', now)).toEqual({
        outcome: 'cancelled-appointment',
        reason: 'A cancelled appointment cannot be marked completed or no-show.',
      });
    }
  });

  it('finds nothing for an unknown id', async () => {
    expect(await mark('00000000-0000-4000-8000-000000000000', 'COMPLETED', BOOKED_AT)).toEqual({ outcome: 'not-found' });
  });
});
