import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeResend } from '../fake-resend.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

const BOOKINGS = 40;
const LATENCY_MS = 50;

let resend: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  resend = await startFakeResend({ latencyMs: LATENCY_MS });
  server = await startTestServer({
    logs,
    // A lock much shorter than a delivery run: the run must keep it alive.
    env: {
      RESEND_API_KEY: 're_test_key',
      RESEND_BASE_URL: resend.url,
      JOB_LOCK_LIFETIME_MS: '2000',
      NOTIFICATION_CONCURRENCY: '4',
      NOTIFICATION_SLICE_MS: '1000',
    },
  });
  const provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(5, server.now()) });
  const policy = await graphql(
    server.graphqlUrl,
    'mutation { updateBookingPolicy(input: { maxActiveAppointmentsPerClient: 100, maxChangesPerClientPerDay: 1000 }) { __typename } }',
    {},
    provider,
  );
  expect(policy.data!.updateBookingPolicy.__typename).toBe('UpdateBookingPolicySuccess');
});

afterAll(async () => {
  await server?.stop();
  await resend?.close();
});

it('sends a burst of e-mails several at a time, without losing the job lock', async () => {
  const client = await signIn(server.graphqlUrl, 'burst@example.com');
  const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  resend.hold();
  for (const slot of slots.slice(0, BOOKINGS)) {
    const booked = await graphql(server.graphqlUrl, 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename } }', { id: slot.id }, client);
    expect(booked.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
  }
  await waitFor(async () => resend.heldCount >= 1);
  // The delivery run now waits on Resend for longer than its lock lasts.
  await new Promise((resolve) => setTimeout(resolve, 2_500));

  const started = Date.now();
  resend.release();
  await waitFor(async () => resend.delivered.length === 2 * BOOKINGS, 30_000);
  const seconds = (Date.now() - started) / 1_000;
  console.info(
    `delivered ${2 * BOOKINGS} e-mails in ${seconds.toFixed(2)} s (${((2 * BOOKINGS) / seconds).toFixed(1)} e-mails/s) at ${LATENCY_MS} ms per request`,
  );

  const lockLost = logs.filter((line) => JSON.stringify(line).includes('canceled'));
  expect(lockLost).toEqual([]);
  expect(resend.maxInFlight).toBeGreaterThan(1);
  expect(resend.maxInFlight).toBeLessThanOrEqual(4);
  expect(new Set(resend.delivered.map((email) => email.idempotencyKey)).size).toBe(2 * BOOKINGS);
});
