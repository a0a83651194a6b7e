import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { createTestDatabase, withDatabase, type TestDatabase } from '../test-database.js';
import { startTestServer, type TestServer } from '../test-server.js';

const ERROR = '... on ValidationError { code fields { path message } } ... on Error { code message }';
const BOOK = `mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename ... on BookAppointmentSuccess { appointment { id } } ${ERROR} } }`;
const CANCEL = `mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename ${ERROR} } }`;
const RESCHEDULE = `mutation($id: ID!, $slot: ID!) { rescheduleAppointment(input: { id: $id, slotId: $slot }) { __typename ${ERROR} } }`;
const POLICY = `mutation($input: UpdateBookingPolicyInput!) { updateBookingPolicy(input: $input) {
  __typename ... on UpdateBookingPolicySuccess { policy { maxActiveAppointmentsPerClient maxChangesPerClientPerDay } } ${ERROR} } }`;

let database: TestDatabase;
let first: TestServer;
let second: TestServer;
let provider: string;
let slots: { id: string }[];
let nextSlot = 0;
const takeSlot = () => slots[nextSlot++]!.id;

beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'), inject('templateDatabase'));
  // Two instances of one deployment: the quotas must hold across them.
  first = await startTestServer({ database });
  second = await startTestServer({ database });
  provider = await prepareSlots(first.graphqlUrl, { from: luxembourgDate(3, first.now()), to: luxembourgDate(7, first.now()) });
  slots = await freeSlots(first.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
});

// Every refusal leaves the server serving.
afterEach(async () => {
  expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
});

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await database?.drop();
});

const queuedEmails = () => withDatabase(database.url, async (db) => Number((await db.query('SELECT count(*) AS n FROM "Notification"')).rows[0].n));

function expectQuotaError(result: Record<string, unknown>, message: RegExp) {
  expect(result).toMatchObject({ __typename: 'ValidationError', code: 'RATE_LIMITED', fields: [{ path: 'input' }] });
  expect((result.fields as { message: string }[])[0]!.message).toMatch(message);
  expect(result.message).toMatch(message);
}

describe('per-client quotas', () => {
  it('publishes the defaults as part of the booking policy', async () => {
    const policy = await graphql(first.graphqlUrl, '{ bookingPolicy { maxActiveAppointmentsPerClient maxChangesPerClientPerDay } }');
    expect(policy.data).toEqual({ bookingPolicy: { maxActiveAppointmentsPerClient: 5, maxChangesPerClientPerDay: 20 } });
  });

  it('stops a client who books and cancels in a loop at 20 changes a day, and queues no more e-mails', async () => {
    const client = await signIn(first.graphqlUrl, 'looper@example.com');
    const servers = [first, second];
    let changes = 0;
    const kept: string[] = [];
    while (changes < 20) {
      const server = servers[changes % 2]!;
      const booked = await graphql(server.graphqlUrl, BOOK, { id: takeSlot() }, client);
      expect(booked.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
      const id = booked.data!.bookAppointment.appointment.id as string;
      changes++;
      if (changes >= 18) {
        kept.push(id);
        continue;
      }
      const cancelled = await graphql(server.graphqlUrl, CANCEL, { id }, client);
      expect(cancelled.data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
      changes++;
    }
    const emails = await queuedEmails();
    const quota = /20 booking changes in the last 24 hours/;

    for (const server of servers) {
      expectQuotaError((await graphql(server.graphqlUrl, BOOK, { id: takeSlot() }, client)).data!.bookAppointment, quota);
      expectQuotaError((await graphql(server.graphqlUrl, RESCHEDULE, { id: kept[1], slot: takeSlot() }, client)).data!.rescheduleAppointment, quota);
    }
    expect(await queuedEmails()).toBe(emails);

    // Giving a time back is never blocked: what can be cancelled is bounded by what may be held.
    const byClient = await graphql(first.graphqlUrl, CANCEL, { id: kept[0] }, client);
    expect(byClient.data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
    const afterCancel = await queuedEmails();
    expect(afterCancel).toBeGreaterThan(emails);
    expectQuotaError((await graphql(first.graphqlUrl, BOOK, { id: takeSlot() }, client)).data!.bookAppointment, /21 booking changes in the last 24 hours/);

    // The provider is exempt.
    const byProvider = await graphql(second.graphqlUrl, CANCEL, { id: kept[1] }, provider);
    expect(byProvider.data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
    expect(await queuedEmails()).toBeGreaterThan(afterCancel);
  });

  it('holds at most 5 upcoming appointments per client, even when they book all at once on two instances', async () => {
    const client = await signIn(first.graphqlUrl, 'hoarder@example.com');
    const attempts = Array.from({ length: 8 }, (_, index) => ({ server: index % 2 ? second : first, slot: takeSlot() }));
    const results = await Promise.all(attempts.map(({ server, slot }) => graphql(server.graphqlUrl, BOOK, { id: slot }, client)));
    const outcomes = results.map((response) => response.data!.bookAppointment);
    expect(outcomes.filter((result) => result.__typename === 'BookAppointmentSuccess')).toHaveLength(5);
    const refused = outcomes.filter((result) => result.__typename !== 'BookAppointmentSuccess');
    expect(refused).toHaveLength(3);
    for (const result of refused) {
      expectQuotaError(result, /^You already have 5 upcoming appointments; a client may hold at most 5 at a time\./);
    }
    // A cancellation frees a place.
    const oneOfThem = outcomes.find((result) => result.__typename === 'BookAppointmentSuccess')!.appointment.id;
    expect((await graphql(first.graphqlUrl, CANCEL, { id: oneOfThem }, client)).data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
    expect((await graphql(second.graphqlUrl, BOOK, { id: takeSlot() }, client)).data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
  });

  it('exempts the provider', async () => {
    for (let index = 0; index < 6; index++) {
      expect((await graphql(first.graphqlUrl, BOOK, { id: takeSlot() }, provider)).data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
    }
  });

  it('follows the limits the provider sets, within bounds', async () => {
    const set = await graphql(first.graphqlUrl, POLICY, { input: { maxActiveAppointmentsPerClient: 1, maxChangesPerClientPerDay: 3 } }, provider);
    expect(set.data!.updateBookingPolicy).toEqual({
      __typename: 'UpdateBookingPolicySuccess',
      policy: { maxActiveAppointmentsPerClient: 1, maxChangesPerClientPerDay: 3 },
    });
    const client = await signIn(first.graphqlUrl, 'modest@example.com');
    const booked = await graphql(first.graphqlUrl, BOOK, { id: takeSlot() }, client);
    expect(booked.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
    expectQuotaError(
      (await graphql(first.graphqlUrl, BOOK, { id: takeSlot() }, client)).data!.bookAppointment,
      /^You already have 1 upcoming appointment; a client may hold at most 1 at a time\./,
    );
    const id = booked.data!.bookAppointment.appointment.id;
    expect((await graphql(first.graphqlUrl, RESCHEDULE, { id, slot: takeSlot() }, client)).data!.rescheduleAppointment.__typename).toBe(
      'RescheduleAppointmentSuccess',
    );
    expect((await graphql(first.graphqlUrl, CANCEL, { id }, client)).data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
    expectQuotaError((await graphql(first.graphqlUrl, BOOK, { id: takeSlot() }, client)).data!.bookAppointment, /3 booking changes in the last 24 hours/);

    const invalid = await graphql(first.graphqlUrl, POLICY, { input: { maxActiveAppointmentsPerClient: 0, maxChangesPerClientPerDay: 100_000 } }, provider);
    expect(invalid.data!.updateBookingPolicy.fields.map((field: { path: string }) => field.path)).toEqual([
      'input.maxActiveAppointmentsPerClient',
      'input.maxChangesPerClientPerDay',
    ]);
  });
});
