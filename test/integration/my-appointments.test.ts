import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

const LIST = `query($filter: AppointmentFilter, $sort: AppointmentSort, $first: Int, $after: String) {
  myAppointments(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { cursor node { id startTime status notes user { email } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let server: TestServer;
let client: string;
const booked: { id: string; startTime: string; notes: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(5, server.now()) });
  client = await signIn(server.graphqlUrl, 'lena@example.com');
  const other = await signIn(server.graphqlUrl, 'omar@example.com');
  const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  const notes = ['Tax question', 'Hiring plan', 'tax follow-up', 'Office lease', 'Pricing'];
  for (const [index, note] of notes.entries()) {
    const response = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!, $notes: String) { bookAppointment(input: { slotId: $id, notes: $notes }) { ... on BookAppointmentSuccess { appointment { id startTime notes } } } }',
      { id: slots[index * 3]!.id, notes: note },
      client,
    );
    booked.push(response.data!.bookAppointment.appointment);
  }
  await graphql(server.graphqlUrl, 'mutation($id: ID!) { bookAppointment(input: { slotId: $id, notes: "Tax" }) { __typename } }', { id: slots[1]!.id }, other);
  await graphql(server.graphqlUrl, 'mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename } }', { id: booked[3]!.id }, client);
});

afterAll(() => server?.stop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ids = (response: { data?: Record<string, any> }) => response.data!.myAppointments.edges.map((edge: { node: { id: string } }) => edge.node.id);

describe('myAppointments', () => {
  it('lists only my appointments, soonest first by default', async () => {
    const response = await graphql(server.graphqlUrl, LIST, {}, client);
    expect(ids(response)).toEqual(booked.map((b) => b.id));
    expect(response.data!.myAppointments.edges.every((edge: { node: { user: { email: string } } }) => edge.node.user.email === 'lena@example.com')).toBe(true);
  });

  it('sorts latest first', async () => {
    const response = await graphql(server.graphqlUrl, LIST, { sort: 'START_TIME_DESC' }, client);
    expect(ids(response)).toEqual(booked.map((b) => b.id).reverse());
  });

  it('filters by status', async () => {
    const cancelled = await graphql(server.graphqlUrl, LIST, { filter: { status: ['CANCELLED'] } }, client);
    expect(ids(cancelled)).toEqual([booked[3]!.id]);
    const scheduled = await graphql(server.graphqlUrl, LIST, { filter: { status: ['SCHEDULED'] } }, client);
    expect(ids(scheduled)).toHaveLength(4);
  });

  it('filters by date range', async () => {
    const response = await graphql(server.graphqlUrl, LIST, { filter: { from: booked[1]!.startTime, to: booked[3]!.startTime } }, client);
    expect(ids(response)).toEqual([booked[1]!.id, booked[2]!.id]);
  });

  it('searches the notes without regard to case', async () => {
    const response = await graphql(server.graphqlUrl, LIST, { filter: { search: 'TAX' } }, client);
    expect(ids(response)).toEqual([booked[0]!.id, booked[2]!.id]);
  });

  it('pages with cursors', async () => {
    const first = await graphql(server.graphqlUrl, LIST, { first: 2 }, client);
    expect(ids(first)).toEqual([booked[0]!.id, booked[1]!.id]);
    expect(first.data!.myAppointments.pageInfo.hasNextPage).toBe(true);
    const second = await graphql(server.graphqlUrl, LIST, { first: 2, after: first.data!.myAppointments.pageInfo.endCursor }, client);
    expect(ids(second)).toEqual([booked[2]!.id, booked[3]!.id]);
    const last = await graphql(server.graphqlUrl, LIST, { first: 2, after: second.data!.myAppointments.pageInfo.endCursor }, client);
    expect(ids(last)).toEqual([booked[4]!.id]);
    expect(last.data!.myAppointments.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses page sizes over 100', async () => {
    const response = await graphql(server.graphqlUrl, LIST, { first: 1000 }, client);
    expect(response.errors?.[0]).toMatchObject({ message: '"first" must be between 0 and 100.', extensions: { code: 'VALIDATION' } });
  });
});

describe('query count', () => {
  it('does not grow with the number of appointments listed (no N+1)', async () => {
    const query = '{ myAppointments(first: 50) { edges { node { id status user { id email name } } } } }';
    const few = await signIn(server.graphqlUrl, 'few@example.com');
    const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    await graphql(server.graphqlUrl, 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename } }', { id: slot!.id }, few);
    await graphql(server.graphqlUrl, query, {}, few); // warm the sign-in cache

    const countFor = async (token: string) => {
      const before = server.app.queries.count;
      const response = await graphql(server.graphqlUrl, query, {}, token);
      return { queries: server.app.queries.count - before, listed: response.data!.myAppointments.edges.length };
    };
    const one = await countFor(few);
    const five = await countFor(client);
    expect(one.listed).toBe(1);
    expect(five.listed).toBe(5);
    expect(five.queries).toBe(one.queries);
    expect(five.queries).toBeLessThanOrEqual(2);
  });
});
