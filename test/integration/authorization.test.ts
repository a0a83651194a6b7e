import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

let server: TestServer;
let provider: string;
let alice: string;
let bob: string;
let aliceAppointmentId: string;

const APPOINTMENT = 'query($id: ID!) { appointment(id: $id) { id notes user { email } } }';

beforeAll(async () => {
  server = await startTestServer();
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(4, server.now()) });
  alice = await signIn(server.graphqlUrl, 'alice@example.com', 'Alice');
  bob = await signIn(server.graphqlUrl, 'bob@example.com', 'Bob');
  const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  const booked = await graphql(
    server.graphqlUrl,
    'mutation($id: ID!) { bookAppointment(input: { slotId: $id, notes: "private" }) { ... on BookAppointmentSuccess { appointment { id } } } }',
    { id: slot!.id },
    alice,
  );
  aliceAppointmentId = booked.data!.bookAppointment.appointment.id;
});

afterAll(() => server?.stop());

describe('who sees an appointment', () => {
  it('the owner does', async () => {
    const response = await graphql(server.graphqlUrl, APPOINTMENT, { id: aliceAppointmentId }, alice);
    expect(response.data!.appointment).toEqual({ id: aliceAppointmentId, notes: 'private', user: { email: 'alice@example.com' } });
  });

  it('the provider does', async () => {
    const response = await graphql(server.graphqlUrl, APPOINTMENT, { id: aliceAppointmentId }, provider);
    expect(response.data!.appointment.user.email).toBe('alice@example.com');
  });

  it('another client gets null, exactly as for an id that does not exist', async () => {
    const other = await graphql(server.graphqlUrl, APPOINTMENT, { id: aliceAppointmentId }, bob);
    const missing = await graphql(server.graphqlUrl, APPOINTMENT, { id: '00000000-0000-4000-8000-000000000000' }, bob);
    expect(other).toEqual({ status: 200, data: { appointment: null } });
    expect(missing).toEqual(other);
  });

  it('anonymous callers get null, and a malformed id is simply not found', async () => {
    expect((await graphql(server.graphqlUrl, APPOINTMENT, { id: aliceAppointmentId })).data).toEqual({ appointment: null });
    expect((await graphql(server.graphqlUrl, APPOINTMENT, { id: "1' OR '1'='1" }, alice)).data).toEqual({ appointment: null });
  });

  it("another client's list does not contain it", async () => {
    const response = await graphql(server.graphqlUrl, '{ myAppointments { edges { node { id } } } }', {}, bob);
    expect(response.data!.myAppointments.edges).toEqual([]);
  });

  it('another client cannot cancel or reschedule it: not found, no hint', async () => {
    const cancel = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename ... on Error { code } } }',
      { id: aliceAppointmentId },
      bob,
    );
    expect(cancel.data!.cancelAppointment).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const [, slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const move = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!, $slot: ID!) { rescheduleAppointment(input: { id: $id, slotId: $slot }) { __typename } }',
      { id: aliceAppointmentId, slot: slot!.id },
      bob,
    );
    expect(move.data!.rescheduleAppointment.__typename).toBe('NotFoundError');
  });
});

describe('provider-only operations', () => {
  const UPDATE = `mutation { updateAvailability(input: { weeklyHours: [{ weekday: 1, start: "09:00", end: "10:00" }] }) {
    __typename ... on Error { code message } } }`;
  const GENERATE = `mutation { generateSlots(input: { from: "2030-01-01", to: "2030-01-02" }) { __typename ... on Error { code } } }`;

  it('answer ForbiddenError to a client', async () => {
    expect((await graphql(server.graphqlUrl, UPDATE, {}, alice)).data!.updateAvailability).toEqual({
      __typename: 'ForbiddenError',
      code: 'FORBIDDEN',
      message: 'Only the provider may do this.',
    });
    expect((await graphql(server.graphqlUrl, GENERATE, {}, alice)).data!.generateSlots.__typename).toBe('ForbiddenError');
  });

  it('answer UnauthenticatedError to anonymous callers', async () => {
    expect((await graphql(server.graphqlUrl, UPDATE)).data!.updateAvailability.__typename).toBe('UnauthenticatedError');
    expect((await graphql(server.graphqlUrl, GENERATE)).data!.generateSlots.__typename).toBe('UnauthenticatedError');
  });

  it('the availability query is refused with a coded error for clients', async () => {
    const response = await graphql(server.graphqlUrl, '{ availability { slotMinutes } }', {}, alice);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await graphql(server.graphqlUrl, '{ availability { slotMinutes } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('myAppointments requires sign-in', async () => {
    const response = await graphql(server.graphqlUrl, '{ myAppointments { edges { cursor } } }');
    expect(response.errors?.[0]).toMatchObject({ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('roles', () => {
  it('PROVIDER_EMAILS decides the role', async () => {
    const me = '{ me { email role } }';
    expect((await graphql(server.graphqlUrl, me, {}, provider)).data!.me).toEqual({ email: 'provider@example.com', role: 'PROVIDER' });
    expect((await graphql(server.graphqlUrl, me, {}, alice)).data!.me).toEqual({ email: 'alice@example.com', role: 'CLIENT' });
    expect((await graphql(server.graphqlUrl, me)).data!.me).toBeNull();
  });
});
