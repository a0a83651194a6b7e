import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { collect, graphql, wsClient } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// The server's clock can move ahead, to mark appointments once they have started.
let offset = 0;
let server: TestServer;
let provider: string;
let client: string;

const BLOCK = `mutation($slotId: ID!, $blocked: Boolean!) { setSlotBlocked(input: { slotId: $slotId, blocked: $blocked }) {
  __typename ... on SetSlotBlockedSuccess { slot { id isAvailable } } ... on Error { code } } }`;
const MARK = `mutation($id: ID!, $status: AppointmentOutcome!) { setAppointmentStatus(input: { id: $id, status: $status }) {
  __typename ... on SetAppointmentStatusSuccess { appointment { id status } } ... on Error { code message } } }`;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(Date.now() + offset) });
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(3, server.now()) });
  client = await signIn(server.graphqlUrl, 'outcome@example.com');
});

afterAll(() => server?.stop());

describe('blocking a slot', () => {
  it('withholds it from booking at once, tells live calendars, and offers it again when unblocked', async () => {
    const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const ws = wsClient(server.wsUrl);
    const feed = collect<{ slotsChanged: { id: string; isAvailable: boolean } }>(
      ws,
      'subscription($f: DateTime!, $t: DateTime!) { slotsChanged(from: $f, to: $t) { id isAvailable } }',
      { f: new Date().toISOString(), t: new Date(Date.now() + 20 * 86_400_000).toISOString() },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const blocked = await graphql(server.graphqlUrl, BLOCK, { slotId: slot!.id, blocked: true }, provider);
      expect(blocked.data!.setSlotBlocked).toEqual({ __typename: 'SetSlotBlockedSuccess', slot: { id: slot!.id, isAvailable: false } });
      await feed.until((events) => events.some((event) => event.slotsChanged.id === slot!.id));
      const offered = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
      expect(offered.map((free) => free.id)).not.toContain(slot!.id);
      const book = await graphql(server.graphqlUrl, 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename } }', { id: slot!.id }, client);
      expect(book.data!.bookAppointment.__typename).toBe('SlotUnavailableError');

      await graphql(server.graphqlUrl, BLOCK, { slotId: slot!.id, blocked: false }, provider);
      const again = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
      expect(again.map((free) => free.id)).toContain(slot!.id);
    } finally {
      feed.stop();
      await ws.dispose();
    }
  });

  it('is for the provider only', async () => {
    const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    expect((await graphql(server.graphqlUrl, BLOCK, { slotId: slot!.id, blocked: true }, client)).data!.setSlotBlocked.__typename).toBe('ForbiddenError');
    expect(
      (await graphql(server.graphqlUrl, BLOCK, { slotId: '00000000-0000-4000-8000-000000000000', blocked: true }, provider)).data!.setSlotBlocked.__typename,
    ).toBe('NotFoundError');
  });
});

describe('marking outcomes', () => {
  it('marks a started appointment as a no-show, but not one still ahead', async () => {
    const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const booked = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }',
      { id: slot!.id },
      client,
    );
    const id = booked.data!.bookAppointment.appointment.id;
    const early = await graphql(server.graphqlUrl, MARK, { id, status: 'NO_SHOW' }, provider);
    expect(early.data!.setAppointmentStatus).toMatchObject({ __typename: 'ValidationError', message: 'Only an appointment that has started can be marked.' });

    offset = Date.parse(slot!.startTime) - Date.now() + 60_000;
    const marked = await graphql(server.graphqlUrl, MARK, { id, status: 'NO_SHOW' }, provider);
    expect(marked.data!.setAppointmentStatus).toEqual({ __typename: 'SetAppointmentStatusSuccess', appointment: { id, status: 'NO_SHOW' } });
    expect((await graphql(server.graphqlUrl, MARK, { id, status: 'COMPLETED' }, client)).data!.setAppointmentStatus.__typename).toBe('ForbiddenError');
    offset = 0;
  });
});

describe('the provider calendar', () => {
  it('lists every slot with its state and, when booked, the appointment and client', async () => {
    const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const booked = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename } }',
      { id: slots[2]!.id },
      client,
    );
    expect(booked.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
    await graphql(server.graphqlUrl, BLOCK, { slotId: slots[3]!.id, blocked: true }, provider);
    const listed = await graphql(
      server.graphqlUrl,
      'query($f: DateTime!, $t: DateTime!) { providerSlots(from: $f, to: $t) { id isBlocked appointment { user { email } } } }',
      { f: slots[2]!.startTime, t: slots[5]!.startTime },
      provider,
    );
    expect(listed.data!.providerSlots).toEqual([
      { id: slots[2]!.id, isBlocked: false, appointment: { user: { email: 'outcome@example.com' } } },
      { id: slots[3]!.id, isBlocked: true, appointment: null },
      { id: slots[4]!.id, isBlocked: false, appointment: null },
    ]);
  });
});
