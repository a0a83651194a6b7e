import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ANONYMOUS_ACTOR,
  API_KEY_ACTOR,
  actorFor,
  createUser,
  resetProviderSettings,
  setProviderSettings,
  slotMaker,
  startUseCaseHarness,
  withCommitBeforeTransaction,
  type UseCaseHarness,
} from '../../test/use-case-harness.js';
import type { Actor } from '../auth/policies.js';
import type { TimeSlot, User } from '../generated/prisma/client.js';
import { bookAppointment } from './book.js';
import { SLOT_TAKEN } from './bookable-slot.js';
import { rescheduleAppointment } from './reschedule.js';

const NOW = new Date('2027-05-10T08:00:00.000Z');
const HOUR = 3_600_000;
const later = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

let harness: UseCaseHarness;
let makeSlot: ReturnType<typeof slotMaker>;
let provider: User;

beforeAll(async () => {
  harness = await startUseCaseHarness();
  makeSlot = slotMaker(harness.prisma, new Date('2027-05-13T07:00:00.000Z'));
  provider = await createUser(harness.prisma, { role: 'PROVIDER' });
});
afterAll(() => harness?.stop());
beforeEach(() => harness.reset());
afterEach(() => resetProviderSettings(harness));

async function booked(slot?: TimeSlot) {
  const client = await createUser(harness.prisma);
  const theSlot = slot ?? (await makeSlot());
  const result = await bookAppointment(harness.deps, { actor: actorFor(client), client, slotId: theSlot.id, notes: null }, NOW);
  if (result.outcome !== 'booked') throw new Error(result.outcome);
  harness.reset();
  return { client, slot: theSlot, appointment: result.appointment };
}

const reschedule = (actor: Actor, appointmentId: string, slotId: string, options: { now?: Date; deps?: UseCaseHarness['deps'] } = {}) =>
  rescheduleAppointment(options.deps ?? harness.deps, { actor, appointmentId, slotId }, options.now ?? NOW);

async function expectStillIn(appointmentId: string, slot: TimeSlot) {
  expect(await harness.prisma.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).toMatchObject({
    slotId: slot.id,
    startTime: slot.startTime,
    status: 'SCHEDULED',
    revision: 0,
  });
  expect(await harness.prisma.bookingChange.count({ where: { appointmentId, kind: 'RESCHEDULED' } })).toBe(0);
  expect(await harness.prisma.notification.count({ where: { appointmentId, kind: 'APPOINTMENT_RESCHEDULED' } })).toBe(0);
  expect(harness.recorded).toMatchObject({ announced: [], enqueued: [] });
}

describe('rescheduleAppointment', () => {
  it('moves a client’s appointment to a free slot, moves its reminders, queues the e-mails and announces both slots', async () => {
    const { client, slot, appointment } = await booked();
    const target = await makeSlot();
    const result = await reschedule(actorFor(client), appointment.id, target.id);

    expect(result).toMatchObject({
      outcome: 'rescheduled',
      appointment: { id: appointment.id, slotId: target.id, startTime: target.startTime, endTime: target.endTime, status: 'SCHEDULED', revision: 1 },
    });
    expect(
      await harness.prisma.bookingChange.findFirst({
        where: { appointmentId: appointment.id, kind: 'RESCHEDULED' },
        select: { byClient: true, createdAt: true },
      }),
    ).toEqual({
      byClient: true,
      createdAt: NOW,
    });
    const notifications = await harness.prisma.notification.findMany({
      where: { appointmentId: appointment.id },
      orderBy: [{ createdAt: 'asc' }, { recipientRole: 'asc' }],
    });
    const reminders = notifications.filter((n) => n.kind === 'REMINDER');
    expect(reminders.map((n) => [n.status, n.appointmentStart, n.dueAt])).toEqual(
      expect.arrayContaining([
        ['CANCELLED', slot.startTime, new Date(slot.startTime.getTime() - 24 * HOUR)],
        ['QUEUED', target.startTime, new Date(target.startTime.getTime() - 24 * HOUR)],
      ]),
    );
    expect(reminders).toHaveLength(4);
    expect(notifications.filter((n) => n.kind === 'APPOINTMENT_RESCHEDULED').map((n) => [n.recipientRole, n.appointmentStart, n.dueAt])).toEqual([
      ['CLIENT', target.startTime, NOW],
      ['PROVIDER', target.startTime, NOW],
    ]);
    expect(harness.recorded.announced).toEqual([
      [
        { id: slot.id, startTime: slot.startTime, endTime: slot.endTime },
        { id: target.id, startTime: target.startTime, endTime: target.endTime },
      ],
    ]);
    expect(harness.recorded.enqueued).toEqual([
      { name: 'deliver-notifications', data: {} },
      { name: 'sync-calendar-event', data: { appointmentId: appointment.id } },
    ]);
    // The old slot can be booked again.
    const next = await createUser(harness.prisma);
    expect((await bookAppointment(harness.deps, { actor: actorFor(next), client: next, slotId: slot.id, notes: null }, NOW)).outcome).toBe('booked');
  });

  it('lets the provider and API keys move any appointment, inside the notice period and past the quotas, without counting it', async () => {
    const { client, appointment } = await booked(await makeSlot({ at: later(5) }));
    await setProviderSettings(harness, { maxChangesPerClientPerDay: 1 });
    expect((await reschedule(actorFor(provider), appointment.id, (await makeSlot()).id)).outcome).toBe('rescheduled');
    expect((await reschedule(API_KEY_ACTOR, appointment.id, (await makeSlot()).id)).outcome).toBe('rescheduled');
    expect(await harness.prisma.bookingChange.count({ where: { clientId: client.id, byClient: true } })).toBe(1);
  });

  it('refuses to move an appointment into the slot it is in', async () => {
    const { client, slot, appointment } = await booked();
    expect(await reschedule(actorFor(client), appointment.id, slot.id)).toEqual({ outcome: 'same-slot', reason: 'The appointment is already in this slot.' });
    await expectStillIn(appointment.id, slot);
  });

  it('finds nothing for someone else’s appointment, an unknown id, or nobody signed in', async () => {
    const { slot, appointment } = await booked();
    const target = await makeSlot();
    const stranger = await createUser(harness.prisma);
    expect(await reschedule(actorFor(stranger), appointment.id, target.id)).toEqual({ outcome: 'not-found' });
    expect(await reschedule(actorFor(provider), '00000000-0000-4000-8000-000000000000', target.id)).toEqual({ outcome: 'not-found' });
    expect(await reschedule(ANONYMOUS_ACTOR, appointment.id, target.id)).toEqual({ outcome: 'not-found' });
    await expectStillIn(appointment.id, slot);
  });

  it('refuses an appointment that is no longer scheduled', async () => {
    const { client, appointment } = await booked();
    await harness.prisma.appointment.update({ where: { id: appointment.id }, data: { status: 'COMPLETED' } });
    expect(await reschedule(actorFor(client), appointment.id, (await makeSlot()).id)).toEqual({
      outcome: 'not-scheduled',
      status: 'COMPLETED',
      reason: 'This appointment is completed and can no longer be changed.',
    });
  });

  it('closes moving for a client inside the notice period, and for everyone once it has started', async () => {
    const { client, slot, appointment } = await booked(await makeSlot({ at: later(20) }));
    const target = await makeSlot();
    expect(await reschedule(actorFor(client), appointment.id, target.id)).toEqual({
      outcome: 'cancellation-closed',
      reason: 'Appointments can be cancelled or rescheduled up to 24 hours before they start.',
    });
    expect(await reschedule(actorFor(provider), appointment.id, target.id, { now: later(21) })).toEqual({
      outcome: 'cancellation-closed',
      reason: 'This appointment has already started.',
    });
    await expectStillIn(appointment.id, slot);
  });

  it('holds a client to the day’s changes', async () => {
    const { client, slot, appointment } = await booked();
    await setProviderSettings(harness, { maxChangesPerClientPerDay: 1 });
    expect(await reschedule(actorFor(client), appointment.id, (await makeSlot()).id)).toEqual({
      outcome: 'quota-exceeded',
      reason: 'You have made 1 booking changes in the last 24 hours, the most allowed. Please try again later or contact us.',
    });
    await expectStillIn(appointment.id, slot);
  });

  it('does not count the appointment being moved against the upcoming limit', async () => {
    const { client, appointment } = await booked();
    await setProviderSettings(harness, { maxActiveAppointmentsPerClient: 1 });
    expect((await reschedule(actorFor(client), appointment.id, (await makeSlot()).id)).outcome).toBe('rescheduled');
  });

  describe('refuses a target slot that cannot be booked, leaving the appointment where it was', () => {
    it('when there is no such slot, or it is withheld', async () => {
      const { client, slot, appointment } = await booked();
      for (const target of [
        '00000000-0000-4000-8000-000000000000',
        (await makeSlot({ isBlocked: true })).id,
        (await makeSlot({ isBusyInCalendar: true })).id,
      ]) {
        expect(await reschedule(actorFor(client), appointment.id, target)).toEqual({ outcome: 'slot-unavailable', reason: SLOT_TAKEN });
      }
      await expectStillIn(appointment.id, slot);
    });

    it('when it is outside the booking window, saying why', async () => {
      const { client, slot, appointment } = await booked();
      expect(await reschedule(actorFor(client), appointment.id, (await makeSlot({ at: later(1) })).id)).toEqual({
        outcome: 'slot-unavailable',
        reason: "This time is too soon: bookings need at least 2 hours' notice.",
      });
      await setProviderSettings(harness, { maxDaysAhead: 1 });
      expect(await reschedule(actorFor(client), appointment.id, (await makeSlot()).id)).toEqual({
        outcome: 'slot-unavailable',
        reason: 'Bookings open 1 days ahead; this time is further away.',
      });
      await expectStillIn(appointment.id, slot);
    });

    it('when another appointment holds it: the database settles it', async () => {
      const mine = await booked();
      const theirs = await booked();
      expect(await reschedule(actorFor(mine.client), mine.appointment.id, theirs.slot.id)).toEqual({ outcome: 'slot-unavailable', reason: SLOT_TAKEN });
      await expectStillIn(mine.appointment.id, mine.slot);
    });
  });

  it('reports a change that another request committed first, writing and announcing nothing', async () => {
    const { client, slot, appointment } = await booked();
    const racing = withCommitBeforeTransaction(harness.prisma, () =>
      harness.prisma.appointment.update({ where: { id: appointment.id }, data: { status: 'CANCELLED' } }),
    );
    expect(await reschedule(actorFor(client), appointment.id, (await makeSlot()).id, { deps: { ...harness.deps, prisma: racing } })).toEqual({
      outcome: 'changed-meanwhile',
      reason: 'This appointment changed a moment ago; reload it.',
    });
    expect(await harness.prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).toMatchObject({ slotId: slot.id, revision: 0 });
    expect(await harness.prisma.bookingChange.count({ where: { appointmentId: appointment.id, kind: 'RESCHEDULED' } })).toBe(0);
    expect(harness.recorded).toMatchObject({ announced: [], enqueued: [] });
  });
});
