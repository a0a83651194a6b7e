import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeResend } from '../fake-resend.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

const BOOK = 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }';
const HEALTH = '{ emailDeliveryHealth { status oldestQueuedAt queued failed serviceDown } }';
const RETRY_ONE = `mutation($id: ID!) { retryEmail(id: $id) { __typename ... on RetryEmailSuccess { email { id status } } ... on Error { message } } }`;
const RETRY_ALL = 'mutation { retryFailedEmails { __typename ... on RetryFailedEmailsSuccess { requeued } ... on Error { message } } }';

// The server's clock runs `offset` ahead of the real one.
let offset = 0;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
let db: pg.Client;
let provider: string;
let client: string;
let slots: Awaited<ReturnType<typeof freeSlots>>;
let next = 0;

const confirmations = async (appointmentIds: string[]) =>
  (await db.query(`SELECT id, status, attempts FROM "Notification" WHERE "appointmentId" = ANY($1) AND kind = 'BOOKING_CONFIRMED'`, [appointmentIds])).rows;

async function book(token = client): Promise<string> {
  const booked = await graphql(server.graphqlUrl, BOOK, { id: slots[next++]!.id }, token);
  return booked.data!.bookAppointment.appointment.id;
}

/** Waits until the breaker is open and no e-mail is in a worker's hands. */
async function outageNoticed(): Promise<void> {
  await waitFor(async () => (await graphql(server.graphqlUrl, HEALTH, {}, provider)).data!.emailDeliveryHealth.serviceDown);
  await waitFor(async () => (await db.query(`SELECT 1 FROM "Notification" WHERE "claimToken" IS NOT NULL`)).rowCount === 0);
}

/** Runs the delivery job; returns how many requests reached Resend. */
async function deliverNow(): Promise<number> {
  const before = resend.requests.length;
  await server.app.services.jobs.enqueue('deliver-notifications', {});
  await waitFor(async () => resend.requests.length > before);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return resend.requests.length - before;
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({
    now: () => new Date(Date.now() + offset),
    env: { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url, RESEND_TIMEOUT_MS: '1000', NOTIFICATION_RETRY_BASE_MS: '1000' },
  });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(3, server.now()) });
  client = await signIn(server.graphqlUrl, 'outage@example.com');
  slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
  await resend?.close();
});

it('keeps e-mails through a two-hour Resend outage, alerts the provider, then delivers each once with the same body', async () => {
  resend.setDown(true);
  const appointments = [await book(), await book(), await book()];
  await outageNoticed();

  for (let minutes = 10; minutes <= 120; minutes += 10) {
    offset = minutes * 60_000;
    // The breaker is open: one probe, not six e-mails.
    expect(await deliverNow()).toBe(1);
    expect((await confirmations(appointments)).map((row) => row.status)).toEqual(Array(6).fill('QUEUED'));
  }
  const during = (await graphql(server.graphqlUrl, HEALTH, {}, provider)).data!.emailDeliveryHealth;
  expect(during).toMatchObject({ status: 'DELAYED', queued: 6, failed: 0, serviceDown: true });
  expect(Date.parse(during.oldestQueuedAt)).toBeLessThan(Date.now() + offset - 100 * 60_000);
  const asClient = await graphql(server.graphqlUrl, HEALTH, {}, client);
  expect(asClient.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  resend.setDown(false);
  offset += 10 * 60_000;
  await deliverNow();
  const rows = await waitFor(async () => {
    const found = await confirmations(appointments);
    return found.every((row) => row.status === 'SENT') ? found : null;
  });
  expect(resend.delivered.map((email) => email.idempotencyKey).sort()).toEqual(rows.map((row) => row.id).sort());
  for (const row of rows) {
    const bodies = new Set(resend.requests.filter((request) => request.idempotencyKey === row.id).map((request) => request.body));
    expect(bodies.size).toBe(1);
  }
  expect((await graphql(server.graphqlUrl, HEALTH, {}, provider)).data!.emailDeliveryHealth).toMatchObject({ status: 'OK', queued: 0, serviceDown: false });
});

it('lets the provider send failed e-mails again, one or all', async () => {
  resend.delivered.length = 0;
  resend.plan('reject');
  const first = await book();
  const failed = await waitFor(async () => (await confirmations([first])).find((row) => row.status === 'FAILED'));
  expect((await graphql(server.graphqlUrl, HEALTH, {}, provider)).data!.emailDeliveryHealth).toMatchObject({ status: 'FAILED', failed: 1 });

  expect((await graphql(server.graphqlUrl, RETRY_ONE, { id: failed.id }, client)).data!.retryEmail.__typename).toBe('ForbiddenError');
  const retried = await graphql(server.graphqlUrl, RETRY_ONE, { id: failed.id }, provider);
  expect(retried.data!.retryEmail).toEqual({ __typename: 'RetryEmailSuccess', email: { id: failed.id, status: 'QUEUED' } });
  await waitFor(async () => (await confirmations([first])).every((row) => row.status === 'SENT'));
  const sentAgain = await graphql(server.graphqlUrl, RETRY_ONE, { id: failed.id }, provider);
  expect(sentAgain.data!.retryEmail.__typename).toBe('ValidationError');

  resend.plan('reject', 'reject');
  const second = await book();
  await waitFor(async () => (await confirmations([second])).every((row) => row.status === 'FAILED'));
  expect((await graphql(server.graphqlUrl, RETRY_ALL, {}, provider)).data!.retryFailedEmails).toEqual({ __typename: 'RetryFailedEmailsSuccess', requeued: 2 });
  await waitFor(async () => (await confirmations([second])).every((row) => row.status === 'SENT'));
  expect(resend.delivered).toHaveLength(4);
  expect((await graphql(server.graphqlUrl, HEALTH, {}, provider)).data!.emailDeliveryHealth).toMatchObject({ status: 'OK', failed: 0 });
});

it('does not let a probe that turns out stale hold up the e-mails behind it', async () => {
  resend.delivered.length = 0;
  resend.setDown(true);
  const other = await signIn(server.graphqlUrl, 'outage-2@example.com');
  const booked = [await book(other), await book(other), await book(other)];
  await outageNoticed();
  // The confirmations stop being true; the cancellation notices come later (still within the
  // breaker's cooldown), so the probe meets the stale confirmations first.
  offset += 20_000;
  for (const id of booked) {
    const cancelled = await graphql(server.graphqlUrl, 'mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename } }', { id }, provider);
    expect(cancelled.data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
  }
  resend.setDown(false);
  offset += 10 * 60_000;
  await deliverNow();
  const rows = await waitFor(async () => {
    const { rows: found } = await db.query(`SELECT kind, status, "lastError" FROM "Notification" WHERE "appointmentId" = ANY($1) AND kind <> 'REMINDER'`, [
      booked,
    ]);
    return found.every((row) => row.status !== 'QUEUED') ? found : null;
  });
  expect(rows.filter((row) => row.kind === 'BOOKING_CONFIRMED').map((row) => row.status)).toEqual(Array(6).fill('SKIPPED'));
  expect(rows.filter((row) => row.kind === 'APPOINTMENT_CANCELLED').map((row) => row.status)).toEqual(Array(6).fill('SENT'));
  expect(resend.delivered.map((email) => email.subject.split(':')[0])).toEqual(Array(6).fill('Cancelled'));
});
