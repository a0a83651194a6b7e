import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeResend } from '../fake-resend.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { svixHeaders } from '../svix-signature.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const BOOK = `mutation($id: ID!, $notes: String) { bookAppointment(input: { slotId: $id, notes: $notes }) {
  __typename ... on BookAppointmentSuccess { appointment { id startTime } } } }`;

let resend: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
let db: pg.Client;
let client: string;
let slots: Awaited<ReturnType<typeof freeSlots>>;
let next = 0;

const notificationsOf = async (appointmentId: string) =>
  (
    await db.query(
      `SELECT kind, "recipientRole", "recipientEmail", status, attempts, "dueAt", "lastError", "providerMessageId"
       FROM "Notification" WHERE "appointmentId" = $1 ORDER BY kind, "recipientRole", "createdAt"`,
      [appointmentId],
    )
  ).rows;

async function book(token = client, notes?: string): Promise<{ id: string; startTime: string }> {
  const response = await graphql(server.graphqlUrl, BOOK, { id: slots[next++]!.id, notes }, token);
  expect(response.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
  return response.data!.bookAppointment.appointment;
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({
    env: {
      RESEND_API_KEY: 're_test_key',
      RESEND_BASE_URL: resend.url,
      RESEND_WEBHOOK_SECRET: WEBHOOK_SECRET,
      RESEND_TIMEOUT_MS: '400',
      NOTIFICATION_RETRY_BASE_MS: '100',
      EMAIL_FROM: 'Slotline <bookings@example.com>',
    },
  });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(6, server.now()) });
  client = await signIn(server.graphqlUrl, 'paris@example.com', 'Camille Durand');
  await graphql(server.graphqlUrl, 'mutation { updateMyProfile(input: { timezone: "America/New_York" }) { __typename } }', {}, client);
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

describe('e-mail notifications', () => {
  it('sends the confirmation to the client and a copy to the provider, with .ics and plain text, in local time', async () => {
    const appointment = await book(client, 'Bring the lease');
    await waitFor(async () => resend.delivered.length >= 2);
    const toClient = resend.delivered.find((email) => email.to === 'paris@example.com')!;
    const toProvider = resend.delivered.find((email) => email.to === 'provider@example.com')!;
    expect(toClient.from).toBe('Slotline <bookings@example.com>');
    expect(toClient.subject).toMatch(/^Booked: consultation with Claire Weber, /);
    expect(toProvider.subject).toMatch(/^Booked: consultation with Camille Durand, /);
    // The client reads New York time, the provider Luxembourg time.
    const start = new Date(appointment.startTime);
    const newYork = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start);
    const luxembourg = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Luxembourg', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start);
    expect(toClient.text).toContain(`${newYork}–`);
    expect(toClient.text).toMatch(/New York time \(GMT-[45]\)/);
    expect(toProvider.text).toContain(`${luxembourg}–`);
    expect(toClient.html).toContain('Bring the lease');
    const ics = Buffer.from(toClient.attachments![0]!.content, 'base64').toString('utf8');
    expect(ics).toContain('SUMMARY:Consultation Session');
    expect(ics).toContain(`DTSTART:${start.toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
    expect(resend.requests.every((request) => request.idempotencyKey)).toBe(true);

    const rows = await waitFor(async () => {
      const found = await notificationsOf(appointment.id);
      return found.filter((row) => row.status === 'SENT').length === 2 ? found : null;
    });
    const reminders = rows.filter((row) => row.kind === 'REMINDER');
    expect(reminders.map((row) => [row.recipientRole, row.status])).toEqual([
      ['CLIENT', 'QUEUED'],
      ['PROVIDER', 'QUEUED'],
    ]);
    expect(reminders[0].dueAt.getTime()).toBe(start.getTime() - 24 * 3_600_000);
  });

  it('retries after 5xx answers with backoff, and sends each e-mail exactly once', async () => {
    resend.plan('fail', 'fail', 'fail');
    const appointment = await book();
    const rows = await waitFor(async () => {
      const found = await notificationsOf(appointment.id);
      return found.filter((row) => row.kind === 'BOOKING_CONFIRMED' && row.status === 'SENT').length === 2 ? found : null;
    });
    expect(rows.filter((row) => row.kind === 'BOOKING_CONFIRMED').reduce((sum, row) => sum + row.attempts, 0)).toBe(5);
    expect(resend.delivered.map((email) => email.to).sort()).toEqual(['paris@example.com', 'provider@example.com']);
  });

  it('retries after a timeout without sending twice, thanks to the Idempotency-Key', async () => {
    resend.plan('stall');
    const appointment = await book();
    await waitFor(async () => {
      const found = await notificationsOf(appointment.id);
      return found.filter((row) => row.kind === 'BOOKING_CONFIRMED' && row.status === 'SENT').length === 2;
    });
    const keys = resend.requests.map((request) => request.idempotencyKey);
    expect(keys.length).toBe(3);
    expect(new Set(keys).size).toBe(2);
    expect(resend.delivered).toHaveLength(2);
  });

  it('gives up at once on a permanent refusal and logs why', async () => {
    resend.plan('reject');
    const appointment = await book();
    const failed = await waitFor(async () => (await notificationsOf(appointment.id)).find((row) => row.status === 'FAILED'));
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/Resend refused the e-mail \(422\)/);
  });

  it('moves the reminders when the appointment moves, and cancels them when it is cancelled', async () => {
    const appointment = await book();
    const target = slots[next++]!;
    await graphql(
      server.graphqlUrl,
      'mutation($id: ID!, $slot: ID!) { rescheduleAppointment(input: { id: $id, slotId: $slot }) { __typename } }',
      { id: appointment.id, slot: target.id },
      client,
    );
    let rows = await notificationsOf(appointment.id);
    const reminders = rows.filter((row) => row.kind === 'REMINDER');
    expect(reminders.filter((row) => row.status === 'CANCELLED')).toHaveLength(2);
    expect(reminders.filter((row) => row.status === 'QUEUED').map((row) => row.dueAt.getTime())).toEqual([
      Date.parse(target.startTime) - 86_400_000,
      Date.parse(target.startTime) - 86_400_000,
    ]);
    expect(rows.filter((row) => row.kind === 'APPOINTMENT_RESCHEDULED')).toHaveLength(2);

    await graphql(
      server.graphqlUrl,
      'mutation($id: ID!) { cancelAppointment(input: { id: $id, reason: "Sick" }) { __typename } }',
      { id: appointment.id },
      client,
    );
    rows = await notificationsOf(appointment.id);
    expect(rows.filter((row) => row.kind === 'REMINDER' && row.status === 'QUEUED')).toHaveLength(0);
    await waitFor(async () => resend.delivered.some((email) => email.subject.startsWith('Cancelled') && email.to === 'paris@example.com'));
    const cancellation = resend.delivered.find((email) => email.subject.startsWith('Cancelled') && email.to === 'paris@example.com')!;
    expect(cancellation.html).toContain('Sick');
    expect(Buffer.from(cancellation.attachments![0]!.content, 'base64').toString()).toContain('METHOD:CANCEL');
  });

  it('records bounces from the signed Resend webhook and never mails a bounced address again', async () => {
    const bouncer = await signIn(server.graphqlUrl, 'bouncer@example.com');
    const first = await book(bouncer);
    const sent = await waitFor(async () =>
      (await notificationsOf(first.id)).find((row) => row.recipientRole === 'CLIENT' && row.kind === 'BOOKING_CONFIRMED' && row.status === 'SENT'),
    );
    const payload = JSON.stringify({
      type: 'email.bounced',
      created_at: new Date().toISOString(),
      data: { email_id: sent.providerMessageId, to: ['bouncer@example.com'], bounce: { message: 'Mailbox does not exist' } },
    });

    const forged = await fetch(`${server.url}/webhooks/resend`, {
      method: 'POST',
      body: payload,
      headers: { ...svixHeaders('whsec_' + randomBytes(24).toString('base64'), payload) },
    });
    expect(forged.status).toBe(401);

    const accepted = await fetch(`${server.url}/webhooks/resend`, { method: 'POST', body: payload, headers: svixHeaders(WEBHOOK_SECRET, payload) });
    expect(accepted.status).toBe(200);
    const bounced = (await notificationsOf(first.id)).find((row) => row.providerMessageId === sent.providerMessageId);
    expect(bounced.status).toBe('BOUNCED');

    resend.delivered.length = 0;
    const second = await book(bouncer);
    const suppressed = await waitFor(async () =>
      (await notificationsOf(second.id)).find((row) => row.recipientRole === 'CLIENT' && row.kind === 'BOOKING_CONFIRMED' && row.status === 'SUPPRESSED'),
    );
    expect(suppressed.lastError).toMatch(/bounced \(Mailbox does not exist\)/);
    await waitFor(async () => resend.delivered.some((email) => email.to === 'provider@example.com'));
    expect(resend.delivered.map((email) => email.to)).not.toContain('bouncer@example.com');
  });

  it('shows the delivery log to the provider, and to clients only their own e-mails', async () => {
    const query = '{ emails(first: 100) { edges { node { to status kind subject } } } }';
    const providerToken = await signIn(server.graphqlUrl, 'provider@example.com');
    const all = (await graphql(server.graphqlUrl, query, {}, providerToken)).data!.emails.edges;
    const mine = (await graphql(server.graphqlUrl, query, {}, client)).data!.emails.edges;
    expect(new Set(all.map((edge: { node: { to: string } }) => edge.node.to))).toEqual(
      new Set(['paris@example.com', 'provider@example.com', 'bouncer@example.com']),
    );
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((edge: { node: { to: string } }) => edge.node.to === 'paris@example.com')).toBe(true);
    expect(all.some((edge: { node: { status: string } }) => edge.node.status === 'BOUNCED')).toBe(true);
  });
});
