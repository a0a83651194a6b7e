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
import { cancelAppointment } from './cancel.js';

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
afterEach(() => resetProviderSettings(harness));

/** A client with an appointment in a new slot, booked at NOW; recordings start afresh. */
async function booked(slot?: TimeSlot) {
  const client = await createUser(harness.prisma);
  const theSlot = slot ?? (await makeSlot());
  const result = await bookAppointment(harness.deps, { actor: actorFor(client), client, slotId: theSlot.id, notes: null }, NOW);
  if (result.outcome !== 'booked') throw new Error(result.outcome);
  harness.reset();
  return { client, slot: theSlot, appointment: result.appointment };
}

const cancel = (actor: Actor, appointmentId: string, options: { reason?: string | null; now?: Date; deps?: UseCaseHarness['deps'] } = {}) =>
  cancelAppointment(options.deps ?? harness.deps, { actor, appointmentId, reason: options.reason ?? null }, options.now ?? NOW);

const notificationsOf = (appointmentId: string) =>
  harness.prisma.notification.findMany({ where: { appointmentId }, orderBy: [{ createdAt: 'asc' }, { kind: 'asc' }, { recipientRole: 'asc' }] });

beforeEach(() => harness.reset());

describe('cancelAppointment', () => {
  it('cancels a client’s own appointment, withdraws its reminders, queues the e-mails and frees the slot', async () => {
    const { client, slot, appointment } = await booked();
    const result = await cancel(actorFor(client), appointment.id, { reason: 'Ill' });

    expect(result).toMatchObject({
      outcome: 'cancelled',
      appointment: { id: appointment.id, status: 'CANCELLED', cancelReason: 'Ill', cancelledAt: NOW, revision: 1 },
    });
    expect(
      await harness.prisma.bookingChange.findMany({
        where: { appointmentId: appointment.id },
        select: { kind: true, byClient: true },
        orderBy: { createdAt: 'asc' },
      }),
    ).toEqual([
      { kind: 'BOOKED', byClient: true },
      { kind: 'CANCELLED', byClient: true },
    ]);
    const notifications = await notificationsOf(appointment.id);
    expect(notifications.filter((n) => n.kind === 'REMINDER').map((n) => n.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(notifications.filter((n) => n.kind === 'APPOINTMENT_CANCELLED').map((n) => [n.recipientRole, n.status, n.dueAt])).toEqual([
      ['CLIENT', 'QUEUED', NOW],
      ['PROVIDER', 'QUEUED', NOW],
    ]);
    expect(harness.recorded.announced).toEqual([[{ id: slot.id, startTime: slot.startTime, endTime: slot.endTime }]]);
    expect(harness.recorded.enqueued).toEqual([
      { name: 'deliver-notifications', data: {} },
      { name: 'sync-calendar-event', data: { appointmentId: appointment.id } },
    ]);

    const next = await createUser(harness.prisma);
    expect((await bookAppointment(harness.deps, { actor: actorFor(next), client: next, slotId: slot.id, notes: null }, NOW)).outcome).toBe('booked');
  });

  it('takes no reason', async () => {
    const { client, appointment } = await booked();
    expect(await cancel(actorFor(client), appointment.id)).toMatchObject({ outcome: 'cancelled', appointment: { cancelReason: null } });
  });

  it('lets the provider and API keys cancel any appointment, inside the notice period too, without counting it against the client', async () => {
    const soon = await booked(await makeSlot({ at: later(3) }));
    expect(await cancel(actorFor(provider), soon.appointment.id)).toMatchObject({ outcome: 'cancelled' });
    const other = await booked();
    expect(await cancel(API_KEY_ACTOR, other.appointment.id)).toMatchObject({ outcome: 'cancelled' });
    for (const { appointment } of [soon, other]) {
      expect(await harness.prisma.bookingChange.findFirst({ where: { appointmentId: appointment.id, kind: 'CANCELLED' }, select: { byClient: true } })).toEqual(
        { byClient: false },
      );
    }
  });

  it('never refuses a client’s cancellation for quota reasons, but counts it', async () => {
    const { client, appointment } = await booked();
    await setProviderSettings(harness, { maxChangesPerClientPerDay: 1 });
    expect((await cancel(actorFor(client), appointment.id)).outcome).toBe('cancelled');
    expect(await harness.prisma.bookingChange.count({ where: { clientId: client.id, byClient: true } })).toBe(2);
  });

  it('finds nothing for someone else’s appointment, an unknown id, or nobody signed in', async () => {
    const { appointment } = await booked();
    const stranger = await createUser(harness.prisma);
    expect(await cancel(actorFor(stranger), appointment.id)).toEqual({ outcome: 'not-found' });
    expect(await cancel(actorFor(provider), '00000000-0000-4000-8000-000000000000')).toEqual({ outcome: 'not-found' });
    expect(await cancel(ANONYMOUS_ACTOR, appointment.id)).toEqual({ outcome: 'not-found' });
    expect((await harness.prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).status).toBe('SCHEDULED');
    expect(harness.recorded).toMatchObject({ announced: [], enqueued: [] });
  });

  it('refuses an appointment that is no longer scheduled, naming its state', async () => {
    const { client, appointment } = await booked();
    await cancel(actorFor(client), appointment.id);
    harness.reset();
    expect(await cancel(actorFor(client), appointment.id)).toEqual({
      outcome: 'not-scheduled',
      status: 'CANCELLED',
      reason: 'This appointment is cancelled and can no longer be changed.',
    });
    const missed = await booked();
    await harness.prisma.appointment.update({ where: { id: missed.appointment.id }, data: { status: 'NO_SHOW' } });
    expect(await cancel(actorFor(provider), missed.appointment.id)).toEqual({
      outcome: 'not-scheduled',
      status: 'NO_SHOW',
      reason: 'This appointment is no-show and can no longer be changed.',
    });
    expect(harness.recorded).toMatchObject({ announced: [], enqueued: [] });
  });

  it('closes cancellation for a client inside the notice period, and for everyone once it has started', async () => {
    // Until exactly 24 hours before.
    const { client, appointment } = await booked(await makeSlot({ at: later(30) }));
    expect(await cancel(actorFor(client), appointment.id, { now: later(6) })).toMatchObject({ outcome: 'cancelled' });
    const soon = await booked(await makeSlot({ at: later(23) }));
    expect(await cancel(actorFor(soon.client), soon.appointment.id)).toEqual({
      outcome: 'cancellation-closed',
      reason: 'Appointments can be cancelled or rescheduled up to 24 hours before they start.',
    });
    expect(await cancel(actorFor(provider), soon.appointment.id, { now: later(23) })).toEqual({
      outcome: 'cancellation-closed',
      reason: 'This appointment has already started.',
    });
    expect(await harness.prisma.notification.count({ where: { appointmentId: soon.appointment.id, kind: 'APPOINTMENT_CANCELLED' } })).toBe(0);
  });

  it('reads the notice period as the provider just set it', async () => {
    const { client, appointment } = await booked(await makeSlot({ at: later(5) }));
    await harness.prisma.providerSettings.create({ data: { id: 1, cancellationNoticeHours: 4 } });
    expect((await cancel(actorFor(client), appointment.id)).outcome).toBe('cancelled');
  });

  it('reports a cancellation that another request committed first, writing and announcing nothing', async () => {
    const { client, appointment } = await booked();
    const racing = withCommitBeforeTransaction(harness.prisma, () =>
      harness.prisma.appointment.update({ where: { id: appointment.id }, data: { status: 'CANCELLED', cancelledAt: NOW } }),
    );
    expect(await cancel(actorFor(client), appointment.id, { reason: 'Mine', deps: { ...harness.deps, prisma: racing } })).toEqual({
      outcome: 'changed-meanwhile',
      reason: 'This appointment was cancelled a moment ago.',
    });
    expect(await harness.prisma.bookingChange.count({ where: { appointmentId: appointment.id, kind: 'CANCELLED' } })).toBe(0);
    expect(await harness.prisma.notification.count({ where: { appointmentId: appointment.id, kind: 'APPOINTMENT_CANCELLED' } })).toBe(0);
    expect((await harness.prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).cancelReason).toBeNull();
    expect(harness.recorded).toMatchObject({ announced: [], enqueued: [] });
  });

  it('lets exactly one of two concurrent cancellations through', async () => {
    const { client, appointment } = await booked();
    const results = await Promise.all([cancel(actorFor(client), appointment.id), cancel(actorFor(provider), appointment.id)]);
    const outcomes = results.map((result) => result.outcome).sort();
    // The loser either saw the cancellation committed, or lost the guarded update.
    expect([
      ['cancelled', 'changed-meanwhile'],
      ['cancelled', 'not-scheduled'],
    ]).toContainEqual(outcomes);
    expect(await harness.prisma.notification.count({ where: { appointmentId: appointment.id, kind: 'APPOINTMENT_CANCELLED' } })).toBe(2);
  });
});
