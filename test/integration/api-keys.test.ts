import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

const CREATE = `mutation($name: String!, $scopes: [ApiScope!]!) {
  createApiKey(input: { name: $name, scopes: $scopes }) {
    __typename
    ... on CreateApiKeySuccess { secret apiKey { id prefix scopes } }
    ... on ValidationError { fields { path message } }
    ... on Error { code }
  }
}`;

let server: TestServer;
let provider: string;
let client: string;
let appointmentId: string;
const keys: Record<string, { secret: string; id: string }> = {};

async function createKey(name: string, scopes: string[]) {
  const response = await graphql(server.graphqlUrl, CREATE, { name, scopes }, provider);
  expect(response.data!.createApiKey.__typename).toBe('CreateApiKeySuccess');
  return { secret: response.data!.createApiKey.secret as string, id: response.data!.createApiKey.apiKey.id as string };
}

beforeAll(async () => {
  server = await startTestServer();
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(4, server.now()) });
  client = await signIn(server.graphqlUrl, 'keys-client@example.com');
  const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  const booked = await graphql(
    server.graphqlUrl,
    'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }',
    { id: slot!.id },
    client,
  );
  appointmentId = booked.data!.bookAppointment.appointment.id;
  keys.availability = await createKey('Availability widget', ['AVAILABILITY_READ']);
  keys.reader = await createKey('Reporting', ['APPOINTMENTS_READ']);
  keys.writer = await createKey('CRM sync', ['APPOINTMENTS_READ', 'APPOINTMENTS_WRITE']);
});

afterAll(() => server?.stop());

const asKey = (name: string) => `ApiKey ${keys[name]!.secret}`;
const READ = 'query($id: ID!) { appointment(id: $id) { id user { email } } }';
const LIST = '{ appointments(first: 10) { edges { node { id } } } }';
const AVAILABILITY = '{ availability { slotMinutes } }';
const CANCEL = 'mutation($id: ID!) { cancelAppointment(input: { id: $id, reason: "Synced from CRM" }) { __typename ... on Error { code message } } }';

describe('API keys', () => {
  it('are shown once and stored only as a hash', async () => {
    const listed = await graphql(server.graphqlUrl, '{ apiKeys { name prefix scopes revokedAt } }', {}, provider);
    expect(listed.data!.apiKeys).toHaveLength(3);
    expect(listed.data!.apiKeys[0]).toMatchObject({ name: 'CRM sync', scopes: ['APPOINTMENTS_READ', 'APPOINTMENTS_WRITE'], revokedAt: null });
    expect(keys.writer!.secret.startsWith(listed.data!.apiKeys[0].prefix)).toBe(true);
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const { rows } = await db.query('SELECT hash FROM "ApiKey"');
    await db.end();
    expect(rows.map((row) => row.hash)).not.toContain(keys.writer!.secret);
    expect(JSON.stringify(rows)).not.toContain(keys.writer!.secret.slice(3));
  });

  it('availability:read reads the availability, nothing else', async () => {
    expect((await graphql(server.graphqlUrl, AVAILABILITY, {}, asKey('availability'))).data).toEqual({ availability: { slotMinutes: 30 } });
    expect((await graphql(server.graphqlUrl, READ, { id: appointmentId }, asKey('availability'))).data).toEqual({ appointment: null });
    expect((await graphql(server.graphqlUrl, LIST, {}, asKey('availability'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('appointments:read reads every appointment and its client, but cannot change one', async () => {
    const read = await graphql(server.graphqlUrl, READ, { id: appointmentId }, asKey('reader'));
    expect(read.data!.appointment).toEqual({ id: appointmentId, user: { email: 'keys-client@example.com' } });
    expect((await graphql(server.graphqlUrl, LIST, {}, asKey('reader'))).data!.appointments.edges).toHaveLength(1);
    // The contract's cancel result has no ForbiddenError member, so a missing scope is a coded error.
    const cancel = await graphql(server.graphqlUrl, CANCEL, { id: appointmentId }, asKey('reader'));
    expect(cancel.data).toBeNull();
    expect(cancel.errors?.[0]).toMatchObject({ message: 'This API key does not have the scope this needs.', extensions: { code: 'FORBIDDEN' } });
    expect((await graphql(server.graphqlUrl, AVAILABILITY, {}, asKey('reader'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('appointments:write cancels any appointment', async () => {
    const cancel = await graphql(server.graphqlUrl, CANCEL, { id: appointmentId }, asKey('writer'));
    expect(cancel.data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
  });

  it('cannot book (a booking needs a client) nor manage keys or availability', async () => {
    const book = await graphql(
      server.graphqlUrl,
      'mutation { bookAppointment(input: { slotId: "00000000-0000-4000-8000-000000000000" }) { __typename } }',
      {},
      asKey('writer'),
    );
    expect(book.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const create = await graphql(server.graphqlUrl, CREATE, { name: 'x', scopes: ['APPOINTMENTS_READ'] }, asKey('writer'));
    expect(create.data!.createApiKey.__typename).toBe('ForbiddenError');
  });

  it('only the provider creates keys, with a name and at least one scope', async () => {
    expect((await graphql(server.graphqlUrl, CREATE, { name: 'x', scopes: ['APPOINTMENTS_READ'] }, client)).data!.createApiKey.__typename).toBe(
      'ForbiddenError',
    );
    expect((await graphql(server.graphqlUrl, CREATE, { name: 'x', scopes: ['APPOINTMENTS_READ'] })).data!.createApiKey.__typename).toBe('UnauthenticatedError');
    const invalid = await graphql(server.graphqlUrl, CREATE, { name: ' ', scopes: [] }, provider);
    expect(invalid.data!.createApiKey.fields.map((field: { path: string }) => field.path)).toEqual(['input.name', 'input.scopes']);
  });

  it('stop working once revoked, and a wrong key is refused with a clear message', async () => {
    const revoked = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!) { revokeApiKey(id: $id) { __typename ... on RevokeApiKeySuccess { apiKey { revokedAt } } } }',
      { id: keys.reader!.id },
      provider,
    );
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).toBeTruthy();
    const after = await graphql(server.graphqlUrl, LIST, {}, asKey('reader'));
    expect(after.errors?.[0]).toMatchObject({ message: 'The API key is not valid or was revoked.', extensions: { code: 'UNAUTHENTICATED' } });
    const wrong = await graphql(server.graphqlUrl, LIST, {}, 'ApiKey sl_not-a-real-key');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('appointments:write reads, in the mutation result, the appointment it changed, and no other', async () => {
    const writeOnly = await createKey('Write-only sync', ['APPOINTMENTS_WRITE']);
    const key = `ApiKey ${writeOnly.secret}`;
    const [first, second, target] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const book = async (slotId: string) =>
      (
        await graphql(
          server.graphqlUrl,
          'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }',
          { id: slotId },
          client,
        )
      ).data!.bookAppointment.appointment.id as string;
    const toCancel = await book(first!.id);
    const toMove = await book(second!.id);

    const cancelled = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!) { cancelAppointment(input: { id: $id, reason: "Synced" }) { __typename ... on CancelAppointmentSuccess { appointment { id status cancelReason startTime } } } }',
      { id: toCancel },
      key,
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelAppointment).toEqual({
      __typename: 'CancelAppointmentSuccess',
      appointment: { id: toCancel, status: 'CANCELLED', cancelReason: 'Synced', startTime: first!.startTime },
    });

    const moved = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!, $slot: ID!) { rescheduleAppointment(input: { id: $id, slotId: $slot }) { __typename ... on RescheduleAppointmentSuccess { appointment { id status startTime endTime } } } }',
      { id: toMove, slot: target!.id },
      key,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleAppointment).toEqual({
      __typename: 'RescheduleAppointmentSuccess',
      appointment: { id: toMove, status: 'SCHEDULED', startTime: target!.startTime, endTime: target!.endTime },
    });

    // The grant covers the appointment returned by the change, not its client, nor reads elsewhere.
    const withClient = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!) { cancelAppointment(input: { id: $id }) { ... on CancelAppointmentSuccess { appointment { user { email } } } } }',
      { id: toMove },
      key,
    );
    expect(withClient.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await graphql(server.graphqlUrl, READ, { id: toCancel }, key)).data).toEqual({ appointment: null });
    expect((await graphql(server.graphqlUrl, 'query($id: ID!) { appointment(id: $id) { id status } }', { id: toMove }, key)).data).toEqual({
      appointment: null,
    });
    expect((await graphql(server.graphqlUrl, LIST, {}, key)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
