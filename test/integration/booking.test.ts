import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    __typename
    ... on BookAppointmentSuccess { appointment { id startTime endTime status notes user { email } } }
    ... on Error { message code }
    ... on ValidationError { fields { path message } }
  }
}`;

const CANCEL = `mutation($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) {
    __typename
    ... on CancelAppointmentSuccess { appointment { id status cancelReason } }
    ... on Error { message code }
  }
}`;

const RESCHEDULE = `mutation($input: RescheduleAppointmentInput!) {
  rescheduleAppointment(input: $input) {
    __typename
    ... on RescheduleAppointmentSuccess { appointment { id startTime status } }
    ... on Error { message code }
  }
}`;

let server: TestServer;
let client: string;
let slots: Awaited<ReturnType<typeof freeSlots>>;

beforeAll(async () => {
  server = await startTestServer();
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(9, server.now()) });
  client = await signIn(server.graphqlUrl, 'alex@example.com', 'Alex Martin');
  slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 14 * 86_400_000));
});

afterAll(() => server?.stop());

describe('booking', () => {
  it('offers the generated slots, free and in the future, in order', () => {
    expect(slots).toHaveLength(7 * 14);
    expect(slots.every((slot) => slot.isAvailable)).toBe(true);
    const starts = slots.map((slot) => slot.startTime);
    expect([...starts].sort()).toEqual(starts);
    expect(Date.parse(slots[0]!.endTime) - Date.parse(slots[0]!.startTime)).toBe(30 * 60_000);
  });

  it('books a free slot, and the slot is no longer offered', async () => {
    const slot = slots[0]!;
    const response = await graphql(server.graphqlUrl, BOOK, { input: { slotId: slot.id, notes: '  Budget review  ' } }, client);
    const result = response.data!.bookAppointment;
    expect(result.__typename).toBe('BookAppointmentSuccess');
    expect(result.appointment).toMatchObject({
      startTime: slot.startTime,
      endTime: slot.endTime,
      status: 'SCHEDULED',
      notes: 'Budget review',
      user: { email: 'alex@example.com' },
    });
    const after = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 14 * 86_400_000));
    expect(after.map((free) => free.id)).not.toContain(slot.id);
  });

  it('refuses a slot that is already booked with SlotUnavailableError', async () => {
    const other = await signIn(server.graphqlUrl, 'sam@example.com');
    const response = await graphql(server.graphqlUrl, BOOK, { input: { slotId: slots[0]!.id } }, other);
    expect(response.data!.bookAppointment).toMatchObject({ __typename: 'SlotUnavailableError', code: 'SLOT_UNAVAILABLE' });
  });

  it('refuses a slot that does not exist with SlotUnavailableError', async () => {
    const response = await graphql(server.graphqlUrl, BOOK, { input: { slotId: '00000000-0000-4000-8000-000000000000' } }, client);
    expect(response.data!.bookAppointment.__typename).toBe('SlotUnavailableError');
  });

  it('asks anonymous callers to sign in', async () => {
    const response = await graphql(server.graphqlUrl, BOOK, { input: { slotId: slots[1]!.id } });
    expect(response.data!.bookAppointment).toMatchObject({ __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED' });
  });

  it('refuses an invalid token with 401 and the reason, instead of treating the caller as anonymous silently', async () => {
    const response = await graphql(server.graphqlUrl, BOOK, { input: { slotId: slots[1]!.id } }, 'Bearer not-a-token');
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([{ message: 'The sign-in token is malformed.', extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('rejects malformed ids and notes over 2000 characters with field errors', async () => {
    const response = await graphql(server.graphqlUrl, BOOK, { input: { slotId: 'abc', notes: 'x'.repeat(2001) } }, client);
    expect(response.status).toBe(200);
    expect(response.data!.bookAppointment).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      fields: [
        { path: 'input.slotId', message: 'The slot is not a valid id.' },
        { path: 'input.notes', message: 'Notes can be at most 2000 characters long.' },
      ],
    });
  });

  it('cancels an appointment, frees the slot and keeps the reason', async () => {
    const slot = slots[2]!;
    const booked = await graphql(server.graphqlUrl, BOOK, { input: { slotId: slot.id } }, client);
    const id = booked.data!.bookAppointment.appointment.id;
    const cancelled = await graphql(server.graphqlUrl, CANCEL, { input: { id, reason: 'Travelling' } }, client);
    expect(cancelled.data!.cancelAppointment).toEqual({
      __typename: 'CancelAppointmentSuccess',
      appointment: { id, status: 'CANCELLED', cancelReason: 'Travelling' },
    });
    const free = await freeSlots(server.graphqlUrl, new Date(slot.startTime), new Date(slot.endTime));
    expect(free.map((s) => s.id)).toEqual([slot.id]);
    const again = await graphql(server.graphqlUrl, CANCEL, { input: { id } }, client);
    expect(again.data!.cancelAppointment).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
  });

  it('reschedules to another free slot in one step and frees the old one', async () => {
    const [from, to] = [slots[4]!, slots[5]!];
    const booked = await graphql(server.graphqlUrl, BOOK, { input: { slotId: from.id } }, client);
    const id = booked.data!.bookAppointment.appointment.id;
    const moved = await graphql(server.graphqlUrl, RESCHEDULE, { input: { id, slotId: to.id } }, client);
    expect(moved.data!.rescheduleAppointment).toEqual({
      __typename: 'RescheduleAppointmentSuccess',
      appointment: { id, startTime: to.startTime, status: 'SCHEDULED' },
    });
    const free = await freeSlots(server.graphqlUrl, new Date(from.startTime), new Date(to.endTime));
    expect(free.map((s) => s.id)).toEqual([from.id]);
  });

  it('refuses to reschedule onto a booked slot, leaving the appointment where it was', async () => {
    const mine = await graphql(server.graphqlUrl, BOOK, { input: { slotId: slots[6]!.id } }, client);
    const id = mine.data!.bookAppointment.appointment.id;
    const moved = await graphql(server.graphqlUrl, RESCHEDULE, { input: { id, slotId: slots[0]!.id } }, client);
    expect(moved.data!.rescheduleAppointment).toMatchObject({ __typename: 'SlotUnavailableError' });
    const unchanged = await graphql(server.graphqlUrl, 'query($id: ID!) { appointment(id: $id) { startTime } }', { id }, client);
    expect(unchanged.data!.appointment.startTime).toBe(slots[6]!.startTime);
  });

  it('closes cancellation inside the notice period for clients, not for the provider', async () => {
    const provider = await signIn(server.graphqlUrl, 'provider@example.com');
    const policy = await graphql(
      server.graphqlUrl,
      `
        mutation {
          updateBookingPolicy(input: { cancellationNoticeHours: 720 }) {
            __typename
            ... on UpdateBookingPolicySuccess {
              policy {
                cancellationNoticeHours
              }
            }
          }
        }
      `,
      {},
      provider,
    );
    expect(policy.data!.updateBookingPolicy.policy.cancellationNoticeHours).toBe(720);
    const booked = await graphql(server.graphqlUrl, BOOK, { input: { slotId: slots[8]!.id } }, client);
    const id = booked.data!.bookAppointment.appointment.id;
    const byClient = await graphql(server.graphqlUrl, CANCEL, { input: { id } }, client);
    expect(byClient.data!.cancelAppointment).toMatchObject({
      __typename: 'CancellationClosedError',
      code: 'CANCELLATION_CLOSED',
      message: 'Appointments can be cancelled or rescheduled up to 720 hours before they start.',
    });
    const moveByClient = await graphql(server.graphqlUrl, RESCHEDULE, { input: { id, slotId: slots[9]!.id } }, client);
    expect(moveByClient.data!.rescheduleAppointment.__typename).toBe('CancellationClosedError');
    const byProvider = await graphql(server.graphqlUrl, CANCEL, { input: { id, reason: 'Provider ill' } }, provider);
    expect(byProvider.data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
    await graphql(server.graphqlUrl, 'mutation { updateBookingPolicy(input: { cancellationNoticeHours: 24 }) { __typename } }', {}, provider);
  });
});
