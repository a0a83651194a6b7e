import { afterAll, beforeAll, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../../fixtures.js';
import { graphql } from '../../graphql-client.js';
import { openSocket } from '../../raw-ws.js';
import { withDatabase } from '../../test-database.js';
import { startTestServer, type TestServer } from '../../test-server.js';

const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { __typename ... on BookAppointmentSuccess { appointment { id } } }
}`;

let server: TestServer;
let stopped = false;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  if (!stopped) await server?.stop();
});

it('finishes every request in flight and closes sockets with 1001 before the database goes', async () => {
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(2, server.now()), to: luxembourgDate(4, server.now()) });
  const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 6 * 86_400_000));
  const clients = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(server.graphqlUrl, `drain-${i}@example.com`)));
  const socket = await openSocket(server.wsUrl);
  await socket.init();

  const bookings = clients.map((client, i) => graphql(server.graphqlUrl, BOOK, { input: { slotId: slots[i]!.id } }, client));
  // Stop while the bookings are being served: they were accepted, so they must complete.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const began = Date.now();
  const stopping = server.app.stop();
  const answers = await Promise.allSettled(bookings);
  await stopping;
  // Kept-alive connections are closed as their last answer goes out: nothing waits for the grace period.
  expect(Date.now() - began).toBeLessThan(5_000);

  expect(answers.filter((answer) => answer.status === 'rejected')).toEqual([]);
  const booked = answers.flatMap((answer) =>
    answer.status === 'fulfilled' && answer.value.data?.bookAppointment.__typename === 'BookAppointmentSuccess'
      ? [answer.value.data.bookAppointment.appointment.id as string]
      : [],
  );
  expect(booked.length).toBeGreaterThan(0);
  expect(await socket.closed).toEqual({ code: 1001, reason: 'Server is shutting down' });
  await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

  // Every booking the clients were told about is in the database, and nothing else is.
  const stored = await withDatabase(server.databaseUrl, (client) => client.query<{ id: string }>('SELECT id FROM "Appointment"'));
  expect(stored.rows.map((row) => row.id).sort()).toEqual([...booked].sort());
  stopped = true;
  await server.stop();
});
