import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeResend } from '../fake-resend.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

let resend: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
const workers: ChildProcess[] = [];

/** `npm run worker` as its own process, as in a scaled deployment. */
function startWorker(): ChildProcess {
  const worker = spawn(process.execPath, ['--import', 'tsx', 'jobs/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: server.databaseUrl,
      AUTH_MODE: 'dev',
      PROVIDER_EMAILS: 'provider@example.com',
      RESEND_API_KEY: 're_test_key',
      RESEND_BASE_URL: resend.url,
      RESEND_TIMEOUT_MS: '60000',
      NOTIFICATION_CLAIM_MS: '1500',
      JOB_LOCK_LIFETIME_MS: '2000',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  workers.push(worker);
  return worker;
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ env: { WORKER: 'off' } });
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(3, server.now()) });
});

afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await server?.stop();
  await resend?.close();
});

it('delivers the e-mails of a worker killed in the middle of sending, once, from another worker', async () => {
  resend.plan('stall');
  const first = startWorker();
  const client = await signIn(server.graphqlUrl, 'crash@example.com');
  const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
  const booked = await graphql(
    server.graphqlUrl,
    'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename ... on BookAppointmentSuccess { appointment { id } } } }',
    { id: slot!.id },
    client,
  );
  const appointmentId = booked.data!.bookAppointment.appointment.id;

  // The first worker is now waiting on an e-mail the fake never answers.
  await waitFor(async () => resend.requests.length >= 1, 20_000);
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  // The other e-mail may have gone out beside it; the stalled one did not.
  const stalled = resend.requests[0]!.idempotencyKey;
  expect(resend.delivered.map((email) => email.idempotencyKey)).not.toContain(stalled);

  startWorker();
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const sent = await waitFor(async () => {
      const { rows } = await db.query(`SELECT "recipientEmail", status FROM "Notification" WHERE "appointmentId" = $1 AND kind = 'BOOKING_CONFIRMED'`, [
        appointmentId,
      ]);
      return rows.every((row) => row.status === 'SENT') && rows.length === 2 ? rows : null;
    }, 30_000);
    expect(sent).toHaveLength(2);
  } finally {
    await db.end();
  }
  expect(resend.delivered.map((email) => email.to).sort()).toEqual(['crash@example.com', 'provider@example.com']);
  // The interrupted e-mail was retried with the same Idempotency-Key. (The other one may have been
  // accepted just before the kill and not recorded yet: then it was asked again, and Resend replayed.)
  const keys = resend.requests.map((request) => request.idempotencyKey);
  expect(new Set(keys).size).toBe(2);
  expect(keys.filter((key) => key === stalled)).toHaveLength(2);
});
