import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeResend } from '../fake-resend.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

const BOOK = 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id startTime } } } }';
const CANCEL = 'mutation($id: ID!) { cancelAppointment(input: { id: $id, reason: "Closed" }) { __typename } }';

// The server's clock runs `offset` ahead of the real one.
let offset = 0;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
let db: pg.Client;
let provider: string;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({
    now: () => new Date(Date.now() + offset),
    env: { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url, RESEND_TIMEOUT_MS: '20000', NOTIFICATION_CLAIM_MS: '60000' },
  });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(3, server.now()) });
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
  await resend?.close();
});

it('never sends a reminder cancelled while the worker holds it, and never marks it sent', async () => {
  const clients = [await signIn(server.graphqlUrl, 'race-a@example.com'), await signIn(server.graphqlUrl, 'race-b@example.com')];
  const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  const appointments: { id: string; startTime: string }[] = [];
  for (let i = 0; i < 10; i++) {
    const booked = await graphql(server.graphqlUrl, BOOK, { id: slots[i]!.id }, clients[i % 2]);
    appointments.push(booked.data!.bookAppointment.appointment);
  }
  await waitFor(async () => resend.delivered.length === 20);

  // The worker claims the 20 reminders and starts sending; Resend holds every request it gets.
  resend.hold();
  offset = Math.max(...appointments.map((a) => Date.parse(a.startTime))) - 24 * 3_600_000 - Date.now() + 1_000;
  await server.app.services.jobs.enqueue('deliver-notifications', {});
  await waitFor(async () => resend.heldCount >= 1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const inFlight = new Set(resend.requests.filter((request) => request.subject.startsWith('Reminder')).map((request) => request.idempotencyKey));

  const cancelledAt = Date.now();
  for (const appointment of appointments) {
    expect((await graphql(server.graphqlUrl, CANCEL, { id: appointment.id }, provider)).data!.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
  }
  resend.release();
  await waitFor(async () => resend.delivered.filter((email) => email.subject.startsWith('Cancelled')).length === 20, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 300));

  const reminderRequestsAfterCancel = resend.requests.filter((request) => request.subject.startsWith('Reminder') && request.at >= cancelledAt);
  expect(reminderRequestsAfterCancel).toHaveLength(0);
  const deliveredReminders = resend.delivered.filter((email) => email.subject.startsWith('Reminder'));
  expect(deliveredReminders.length).toBeGreaterThan(0);
  expect(deliveredReminders.every((email) => inFlight.has(email.idempotencyKey))).toBe(true);
  expect(new Set(deliveredReminders.map((email) => email.idempotencyKey)).size).toBe(deliveredReminders.length);

  const { rows } = await db.query(`SELECT id, status, "sentAt", "providerMessageId", "lastError" FROM "Notification" WHERE kind = 'REMINDER'`);
  expect(rows).toHaveLength(20);
  expect(rows.map((row) => row.status)).toEqual(Array(20).fill('CANCELLED'));
  // A reminder already in Resend's hands when the cancellation came says so on its row.
  for (const email of deliveredReminders) {
    const row = rows.find((candidate) => candidate.id === email.idempotencyKey)!;
    expect(row.providerMessageId).toBe(email.id);
    expect(row.sentAt).not.toBeNull();
    expect(row.lastError).toMatch(/cancelled while it was being sent/i);
  }
  for (const row of rows.filter((candidate) => !inFlight.has(candidate.id))) expect(row.sentAt).toBeNull();
});
