import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  actorFor,
  createUser,
  resetProviderSettings,
  setProviderSettings,
  slotMaker,
  startUseCaseHarness,
  USE_CASE_PROVIDER_EMAIL,
  type UseCaseHarness,
} from '../../test/use-case-harness.js';
import type { User } from '../generated/prisma/client.js';
import { bookAppointment } from './book.js';
import { SLOT_TAKEN } from './bookable-slot.js';

const NOW = new Date('2027-05-10T08:00:00.000Z');
const HOUR = 3_600_000;

let harness: UseCaseHarness;
let makeSlot: ReturnType<typeof slotMaker>;

beforeAll(async () => {
  harness = await startUseCaseHarness();
  makeSlot = slotMaker(harness.prisma, new Date('2027-05-13T07:00:00.000Z'));
});
afterAll(() => harness?.stop());
beforeEach(() => harness.reset());
afterEach(() => resetProviderSettings(harness));

const book = (client: User, slot: { id: string }, notes: string | null = null, actor = actorFor(client)) =>
  bookAppointment(harness.deps, { actor, client, slotId: slot.id, notes }, NOW);

const notificationsOf = (appointmentId: string) =>
  harness.prisma.notification.findMany({ where: { appointmentId }, orderBy: [{ dueAt: 'asc' }, { recipientRole: 'asc' }] });

async function expectNothingWritten(client: User) {
  expect(await harness.prisma.appointment.count({ where: { userId: client.id } })).toBe(0);
  expect(await harness.prisma.bookingChange.count({ where: { clientId: client.id } })).toBe(0);
  expect(harness.recorded.announced).toEqual([]);
  expect(harness.recorded.enqueued).toEqual([]);
}

describe('bookAppointment', () => {
  it('books a free slot: the appointment, its booking change and its e-mails in one go, then tells everyone', async () => {
    const client = await createUser(harness.prisma);
    const slot = await makeSlot();
    const result = await book(client, slot, 'About the budget');

    expect(result).toMatchObject({
      outcome: 'booked',
      appointment: {
        userId: client.id,
        slotId: slot.id,
        startTime: slot.startTime,
        endTime: slot.endTime,
        status: 'SCHEDULED',
        notes: 'About the budget',
        revision: 0,
      },
    });
    if (result.outcome !== 'booked') return;
    const id = result.appointment.id;
    expect(
      await harness.prisma.bookingChange.findMany({ where: { appointmentId: id }, select: { clientId: true, kind: true, byClient: true, createdAt: true } }),
    ).toEqual([{ clientId: client.id, kind: 'BOOKED', byClient: true, createdAt: NOW }]);
    const reminderAt = new Date(slot.startTime.getTime() - 24 * HOUR);
    expect((await notificationsOf(id)).map((n) => [n.kind, n.recipientRole, n.recipientEmail, n.status, n.dueAt, n.appointmentStart])).toEqual([
      ['BOOKING_CONFIRMED', 'CLIENT', client.email, 'QUEUED', NOW, slot.startTime],
      ['BOOKING_CONFIRMED', 'PROVIDER', USE_CASE_PROVIDER_EMAIL, 'QUEUED', NOW, slot.startTime],
      ['REMINDER', 'CLIENT', client.email, 'QUEUED', reminderAt, slot.startTime],
      ['REMINDER', 'PROVIDER', USE_CASE_PROVIDER_EMAIL, 'QUEUED', reminderAt, slot.startTime],
    ]);
    expect(harness.recorded.announced).toEqual([[{ id: slot.id, startTime: slot.startTime, endTime: slot.endTime }]]);
    expect(harness.recorded.enqueued).toEqual([
      { name: 'deliver-notifications', data: {} },
      { name: 'sync-calendar-event', data: { appointmentId: id } },
    ]);
  });

  it('queues no reminders for an appointment less than 24 hours away', async () => {
    const client = await createUser(harness.prisma);
    const slot = await makeSlot({ at: new Date(NOW.getTime() + 3 * HOUR) });
    const result = await book(client, slot);
    expect(result.outcome).toBe('booked');
    if (result.outcome !== 'booked') return;
    expect((await notificationsOf(result.appointment.id)).map((n) => n.kind)).toEqual(['BOOKING_CONFIRMED', 'BOOKING_CONFIRMED']);
  });

  it('lets the provider book without counting against any quota', async () => {
    const provider = await createUser(harness.prisma, { role: 'PROVIDER' });
    await setProviderSettings(harness, { maxActiveAppointmentsPerClient: 1, maxChangesPerClientPerDay: 1 });
    for (const slot of [await makeSlot(), await makeSlot()]) expect((await book(provider, slot)).outcome).toBe('booked');
    expect(await harness.prisma.bookingChange.findMany({ where: { clientId: provider.id }, select: { byClient: true } })).toEqual([
      { byClient: false },
      { byClient: false },
    ]);
  });

  it('still books when the follow-up jobs cannot be queued, and says so in the log', async () => {
    const client = await createUser(harness.prisma);
    harness.failJobs(true);
    try {
      const result = await book(client, await makeSlot());
      expect(result.outcome).toBe('booked');
      if (result.outcome !== 'booked') return;
      expect(harness.recorded.announced).toHaveLength(1);
      expect(harness.recorded.warnings).toMatchObject([
        { msg: 'could not enqueue follow-up jobs; the periodic run will catch up', appointmentId: result.appointment.id, err: 'job queue unavailable' },
      ]);
      expect(await harness.prisma.notification.count({ where: { appointmentId: result.appointment.id } })).toBe(4);
    } finally {
      harness.failJobs(false);
    }
  });

  describe('refuses a slot that cannot be booked, writing and announcing nothing', () => {
    const unavailable = (reason = SLOT_TAKEN) => ({ outcome: 'slot-unavailable', reason });

    it('when there is no such slot', async () => {
      const client = await createUser(harness.prisma);
      expect(await book(client, { id: '00000000-0000-4000-8000-000000000000' })).toEqual(unavailable());
      await expectNothingWritten(client);
    });

    it('when the provider withheld it, or their calendar is busy then', async () => {
      const client = await createUser(harness.prisma);
      expect(await book(client, await makeSlot({ isBlocked: true }))).toEqual(unavailable());
      expect(await book(client, await makeSlot({ isBusyInCalendar: true }))).toEqual(unavailable());
      await expectNothingWritten(client);
    });

    it('when it has started', async () => {
      const client = await createUser(harness.prisma);
      expect(await book(client, await makeSlot({ at: new Date(NOW.getTime() - 40 * 60_000) }))).toEqual(unavailable());
      expect(await book(client, await makeSlot({ at: NOW }))).toEqual(unavailable());
      await expectNothingWritten(client);
    });

    it('when it is inside the minimum notice or beyond the days ahead, saying which', async () => {
      const client = await createUser(harness.prisma);
      const soon = await makeSlot({ at: new Date(NOW.getTime() + HOUR) });
      expect(await book(client, soon)).toEqual(unavailable("This time is too soon: bookings need at least 2 hours' notice."));
      await setProviderSettings(harness, { maxDaysAhead: 2 });
      expect(await book(client, await makeSlot())).toEqual(unavailable('Bookings open 2 days ahead; this time is further away.'));
      await expectNothingWritten(client);
    });

    it('when another client holds it: the database settles it, and the loser is told it is taken', async () => {
      const [first, second] = [await createUser(harness.prisma), await createUser(harness.prisma)];
      const slot = await makeSlot();
      expect((await book(first, slot)).outcome).toBe('booked');
      harness.reset();
      expect(await book(second, slot)).toEqual(unavailable());
      await expectNothingWritten(second);
    });

    it('when two clients race for it, exactly one wins', async () => {
      const racers = await Promise.all(Array.from({ length: 4 }, () => createUser(harness.prisma)));
      const slot = await makeSlot();
      const results = await Promise.all(racers.map((racer) => book(racer, slot)));
      expect(results.filter((result) => result.outcome === 'booked')).toHaveLength(1);
      expect(results.filter((result) => result.outcome !== 'booked')).toEqual([unavailable(), unavailable(), unavailable()]);
      expect(await harness.prisma.appointment.count({ where: { slotId: slot.id, status: 'SCHEDULED' } })).toBe(1);
    });
  });

  describe('holds a client to their quotas', () => {
    it('refuses one more upcoming appointment than allowed', async () => {
      const client = await createUser(harness.prisma);
      await setProviderSettings(harness, { maxActiveAppointmentsPerClient: 2 });
      for (let i = 0; i < 2; i++) expect((await book(client, await makeSlot())).outcome).toBe('booked');
      harness.reset();
      const slot = await makeSlot();
      expect(await book(client, slot)).toEqual({
        outcome: 'quota-exceeded',
        reason: 'You already have 2 upcoming appointments; a client may hold at most 2 at a time. Cancel one to book another.',
      });
      expect(await harness.prisma.appointment.count({ where: { slotId: slot.id } })).toBe(0);
      expect(harness.recorded).toMatchObject({ announced: [], enqueued: [] });
    });

    it('refuses a change beyond the day’s limit, before even looking at the slot', async () => {
      const client = await createUser(harness.prisma);
      await setProviderSettings(harness, { maxChangesPerClientPerDay: 1 });
      expect((await book(client, await makeSlot())).outcome).toBe('booked');
      expect(await book(client, { id: '00000000-0000-4000-8000-000000000000' })).toEqual({
        outcome: 'quota-exceeded',
        reason: 'You have made 1 booking changes in the last 24 hours, the most allowed. Please try again later or contact us.',
      });
    });

    it('counts only the last 24 hours of changes', async () => {
      const client = await createUser(harness.prisma);
      await setProviderSettings(harness, { maxChangesPerClientPerDay: 1 });
      const old = await book(client, await makeSlot());
      if (old.outcome !== 'booked') throw new Error(old.outcome);
      await harness.prisma.bookingChange.updateMany({ where: { clientId: client.id }, data: { createdAt: new Date(NOW.getTime() - 24 * HOUR) } });
      expect((await book(client, await makeSlot())).outcome).toBe('booked');
    });
  });
});
