import pg from 'pg';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startFakeResend } from '../fake-resend.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

const BOOK = 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }';

let resend: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
let db: pg.Client;
let client: string;
let slots: Awaited<ReturnType<typeof freeSlots>>;
let next = 0;

async function bookAndWaitForConfirmations(): Promise<{ status: string; attempts: number; id: string; lastError: string | null }[]> {
  const booked = await graphql(server.graphqlUrl, BOOK, { id: slots[next++]!.id }, client);
  const appointmentId = booked.data!.bookAppointment.appointment.id;
  return waitFor(async () => {
    const { rows } = await db.query(`SELECT id, status, attempts, "lastError" FROM "Notification" WHERE "appointmentId" = $1 AND kind = 'BOOKING_CONFIRMED'`, [
      appointmentId,
    ]);
    return rows.every((row) => row.status !== 'QUEUED') ? rows : null;
  }, 20_000);
}

/** The delay between a refused request and the next one with the same key. */
function waitedAfter(status: number): number {
  const refused = resend.requests.find((request) => request.status === status)!;
  const retry = resend.requests.find((request) => request.idempotencyKey === refused.idempotencyKey && request.at > refused.at)!;
  return retry.at - refused.at;
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({
    // A first attempt that takes seconds, so that anything rendered at send time would differ.
    env: { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url, RESEND_TIMEOUT_MS: '2000', NOTIFICATION_RETRY_BASE_MS: '100' },
  });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(3, server.now()) });
  client = await signIn(server.graphqlUrl, 'retry@example.com');
  slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
});

beforeEach(() => {
  resend.delivered.length = 0;
  resend.requests.length = 0;
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
  await resend?.close();
});

it('retries an e-mail whose answer was lost with the same bytes, and records it sent, delivered once', async () => {
  resend.plan('lose-response');
  const rows = await bookAndWaitForConfirmations();
  expect(rows.map((row) => row.status)).toEqual(['SENT', 'SENT']);
  const lost = resend.requests[0]!;
  const sameKey = resend.requests.filter((request) => request.idempotencyKey === lost.idempotencyKey);
  expect(sameKey.length).toBeGreaterThanOrEqual(2);
  expect(new Set(sameKey.map((request) => request.body)).size).toBe(1);
  expect(sameKey.at(-1)!.status).toBe(200);
  expect(resend.delivered).toHaveLength(2);
  expect(rows.find((row) => row.id === lost.idempotencyKey)!.attempts).toBe(2);
});

it('waits as long as a 429 asks (Retry-After in seconds)', async () => {
  resend.plan({ status: 429, retryAfter: '2' });
  const rows = await bookAndWaitForConfirmations();
  expect(rows.map((row) => row.status)).toEqual(['SENT', 'SENT']);
  expect(waitedAfter(429)).toBeGreaterThanOrEqual(1_950);
  expect(resend.delivered).toHaveLength(2);
});

it('waits as long as a 503 asks (Retry-After as an HTTP date)', async () => {
  // HTTP dates have whole seconds: at least two seconds from now.
  resend.plan({ status: 503, retryAfter: new Date(Math.ceil(Date.now() / 1_000) * 1_000 + 2_000).toUTCString() });
  const rows = await bookAndWaitForConfirmations();
  expect(rows.map((row) => row.status)).toEqual(['SENT', 'SENT']);
  expect(waitedAfter(503)).toBeGreaterThanOrEqual(1_500);
  expect(resend.delivered).toHaveLength(2);
});

it('sends again as soon as the wait a rate limit asked for is over, even if the run was busy longer', async () => {
  // The second e-mail's answer takes longer than the wait asked for by the first one's 429.
  resend.plan({ status: 429, retryAfter: '1' }, { delayMs: 1_600 });
  const started = Date.now();
  const rows = await bookAndWaitForConfirmations();
  expect(rows.map((row) => row.status)).toEqual(['SENT', 'SENT']);
  // Well under a delivery run's time slice (NOTIFICATION_SLICE_MS, 30 s).
  expect(Date.now() - started).toBeLessThan(6_000);
  expect(resend.requests.map((request) => request.status)).toEqual([429, 200, 200]);
});
