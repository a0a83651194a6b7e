import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { collect, graphql, wsClient } from '../graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../test-database.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { inject } from 'vitest';
import { waitFor } from '../wait-for.js';

const SLOTS_CHANGED = `subscription($from: DateTime!, $to: DateTime!) {
  slotsChanged(from: $from, to: $to) { id startTime isAvailable }
}`;
const BOOK = `mutation($id: ID!) { bookAppointment(input: { slotId: $id }) {
  __typename ... on BookAppointmentSuccess { appointment { id } } } }`;
const CANCEL = `mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename } }`;

type SlotEvent = { slotsChanged: { id: string; startTime: string; isAvailable: boolean } };

const window = () => ({ from: new Date().toISOString(), to: new Date(Date.now() + 30 * 86_400_000).toISOString() });

describe('slotsChanged on one instance', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await prepareSlots(server.graphqlUrl, { from: luxembourgDate(2, server.now()), to: luxembourgDate(3, server.now()) });
  });
  afterAll(() => server?.stop());

  it('tells an anonymous subscriber when a slot is booked and when it is freed', async () => {
    const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const ws = wsClient(server.wsUrl);
    const feed = collect<SlotEvent>(ws, SLOTS_CHANGED, window());
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const client = await signIn(server.graphqlUrl, 'live@example.com');
      const booked = await graphql(server.graphqlUrl, BOOK, { id: slot!.id }, client);
      await feed.until((events) => events.length >= 1);
      expect(feed.events[0]).toEqual({ slotsChanged: { id: slot!.id, startTime: slot!.startTime, isAvailable: false } });

      await graphql(server.graphqlUrl, CANCEL, { id: booked.data!.bookAppointment.appointment.id }, client);
      await feed.until((events) => events.length >= 2);
      expect(feed.events[1]).toEqual({ slotsChanged: { id: slot!.id, startTime: slot!.startTime, isAvailable: true } });
    } finally {
      feed.stop();
      await ws.dispose();
    }
  });

  it('only sends slots that start inside the subscribed window', async () => {
    const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const [inside, outside] = [slots[1]!, slots.at(-1)!];
    const ws = wsClient(server.wsUrl);
    const feed = collect<SlotEvent>(ws, SLOTS_CHANGED, { from: inside.startTime, to: new Date(Date.parse(inside.startTime) + 1).toISOString() });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const client = await signIn(server.graphqlUrl, 'window@example.com');
      await graphql(server.graphqlUrl, BOOK, { id: outside.id }, client);
      await graphql(server.graphqlUrl, BOOK, { id: inside.id }, client);
      await feed.until((events) => events.length >= 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(feed.events.map((event) => event.slotsChanged.id)).toEqual([inside.id]);
    } finally {
      feed.stop();
      await ws.dispose();
    }
  });

  it('refuses a window longer than 62 days with a VALIDATION error', async () => {
    const ws = wsClient(server.wsUrl);
    const feed = collect<SlotEvent>(ws, SLOTS_CHANGED, { from: '2030-01-01T00:00:00Z', to: '2030-06-01T00:00:00Z' });
    try {
      await expect(feed.until(() => false, 2_000)).rejects.toThrow(/at most 62 days/);
    } finally {
      feed.stop();
      await ws.dispose();
    }
  });
});

describe('slotsChanged across two instances sharing Redis', () => {
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminDatabaseUrl'), inject('templateDatabase'));
    const channelPrefix = `test-${Date.now()}-${Math.random()}:`;
    first = await startTestServer({ database, redis: true, channelPrefix });
    second = await startTestServer({ database, redis: true, channelPrefix });
    await prepareSlots(first.graphqlUrl, { from: luxembourgDate(2, first.now()), to: luxembourgDate(2, first.now()) });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
  });

  it('a booking made on one instance reaches a subscriber of the other', async () => {
    // The second instance learns of the slots the first one generated through Redis.
    const [slot] = await waitFor(async () => {
      const offered = await freeSlots(second.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
      return offered.length > 0 ? offered : null;
    }, 3_000);
    const ws = wsClient(second.wsUrl);
    const feed = collect<SlotEvent>(ws, SLOTS_CHANGED, window());
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const client = await signIn(first.graphqlUrl, 'redis@example.com');
      const booked = await graphql(first.graphqlUrl, BOOK, { id: slot!.id }, client);
      expect(booked.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
      await feed.until((events) => events.length >= 1);
      expect(feed.events[0]).toEqual({ slotsChanged: { id: slot!.id, startTime: slot!.startTime, isAvailable: false } });
      // The other instance's availableSlots follows too (its in-memory index heard the event).
      await waitFor(async () => {
        const offered = await freeSlots(second.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
        return !offered.some((free) => free.id === slot!.id);
      }, 2_000);
    } finally {
      feed.stop();
      await ws.dispose();
    }
  });

  it('a signed-in subscriber authenticates with connectionParams', async () => {
    const token = await signIn(first.graphqlUrl, 'ws-user@example.com');
    const ws = wsClient(second.wsUrl, token);
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        ws.subscribe({ query: '{ me { email } }' }, { next: resolve, error: reject, complete: () => {} });
      });
      expect(result).toEqual({ data: { me: { email: 'ws-user@example.com' } } });
    } finally {
      await ws.dispose();
    }
  });
});
