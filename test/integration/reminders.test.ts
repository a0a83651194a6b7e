import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeResend } from '../fake-resend.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

// The server's clock runs `offset` ahead of the real one, so the test can jump in time.
let offset = 0;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
let db: pg.Client;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({
    now: () => new Date(Date.now() + offset),
    env: { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url },
  });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(4, server.now()) });
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
  await resend?.close();
});

it('sends the reminder 24 hours before the start, and marks the appointment completed once it is over', async () => {
  const client = await signIn(server.graphqlUrl, 'remind@example.com', 'Rémi Nder');
  const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  const booked = await graphql(
    server.graphqlUrl,
    'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }',
    { id: slot!.id },
    client,
  );
  const appointmentId = booked.data!.bookAppointment.appointment.id;
  await waitFor(async () => resend.delivered.length === 2);

  // Not yet: the reminders wait for their time.
  await server.app.services.jobs.enqueue('deliver-notifications', {});
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(resend.delivered.filter((email) => email.subject.startsWith('Reminder'))).toHaveLength(0);

  offset = Date.parse(slot!.startTime) - 24 * 3_600_000 - Date.now() + 1_000;
  await server.app.services.jobs.enqueue('deliver-notifications', {});
  await waitFor(async () => resend.delivered.filter((email) => email.subject.startsWith('Reminder')).length === 2);
  const reminder = resend.delivered.find((email) => email.subject.startsWith('Reminder') && email.to === 'remind@example.com')!;
  expect(reminder.html).toContain('Your consultation is tomorrow');
  expect(reminder.attachments ?? []).toHaveLength(0);

  offset = Date.parse(slot!.endTime) - Date.now() + 1_000;
  await server.app.services.jobs.enqueue('complete-past-appointments', {});
  await waitFor(async () => {
    const { rows } = await db.query('SELECT status FROM "Appointment" WHERE id = $1', [appointmentId]);
    return rows[0].status === 'COMPLETED';
  });
});

it('never sends a reminder late: within the last hour before the start it is skipped, with the reason', async () => {
  const client = await signIn(server.graphqlUrl, 'late@example.com', 'Lena Late');
  const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  const slot = slots.at(-1)!;
  const booked = await graphql(
    server.graphqlUrl,
    'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }',
    { id: slot.id },
    client,
  );
  const appointmentId = booked.data!.bookAppointment.appointment.id;
  await waitFor(async () => resend.delivered.filter((email) => email.to === 'late@example.com').length === 1);

  // The workers were down until 30 minutes before the start.
  offset = Date.parse(slot.startTime) - 30 * 60_000 - Date.now();
  await server.app.services.jobs.enqueue('deliver-notifications', {});
  const reminders = await waitFor(async () => {
    const { rows } = await db.query(`SELECT status, "lastError", "sentAt" FROM "Notification" WHERE "appointmentId" = $1 AND kind = 'REMINDER'`, [
      appointmentId,
    ]);
    return rows.every((row) => row.status !== 'QUEUED') ? rows : null;
  });
  expect(reminders.map((row) => row.status)).toEqual(['SKIPPED', 'SKIPPED']);
  for (const row of reminders) {
    expect(row.lastError).toMatch(/starts within the hour/);
    expect(row.sentAt).toBeNull();
  }
  expect(resend.delivered.filter((email) => email.subject.startsWith('Reminder') && email.to === 'late@example.com')).toHaveLength(0);

  const provider = await signIn(server.graphqlUrl, 'provider@example.com');
  const log = await graphql(
    server.graphqlUrl,
    'query($id: ID!) { emails(appointmentId: $id, first: 10) { edges { node { kind status lastError } } } }',
    { id: appointmentId },
    provider,
  );
  expect(
    log.data!.emails.edges.filter((edge: { node: { kind: string; status: string } }) => edge.node.kind === 'REMINDER' && edge.node.status === 'SKIPPED'),
  ).toHaveLength(2);
});
