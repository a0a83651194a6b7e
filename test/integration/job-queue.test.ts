import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

let server: TestServer;
let db: pg.Client;

const jobRows = async () => (await db.query('SELECT name, repeat_interval, next_run_at, last_finished_at, failed_at FROM agenda_jobs')).rows;

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

it('keeps the job table bounded: one-off jobs leave no row once done', async () => {
  const { jobs } = server.app.services;
  for (let i = 0; i < 60; i++) {
    await jobs.enqueue('deliver-notifications', {});
    await jobs.enqueue('sync-calendar-event', { appointmentId: randomUUID() });
  }
  const rows = await waitFor(async () => {
    const found = await jobRows();
    return found.every((row) => row.repeat_interval || row.last_finished_at || row.failed_at) ? found : null;
  }, 20_000);
  // The recurring jobs, plus at most a follow-up or two.
  expect(rows.filter((row) => !row.repeat_interval).length).toBeLessThanOrEqual(2);
  expect(rows.length).toBeLessThanOrEqual(8);
});

it('forgets one-off jobs that failed for good a week ago', async () => {
  const stale = randomUUID();
  await db.query(
    `INSERT INTO agenda_jobs (name, data, next_run_at, last_run_at, last_finished_at, failed_at, fail_count, fail_reason)
     VALUES ('sync-calendar-event', $1, NULL, $2, $2, $2, 7, 'Google did not answer')`,
    [JSON.stringify({ appointmentId: stale }), new Date(Date.now() - 8 * 86_400_000)],
  );
  const recent = randomUUID();
  await db.query(
    `INSERT INTO agenda_jobs (name, data, next_run_at, last_run_at, last_finished_at, failed_at, fail_count, fail_reason)
     VALUES ('sync-calendar-event', $1, NULL, now(), now(), now(), 7, 'Google did not answer')`,
    [JSON.stringify({ appointmentId: recent })],
  );
  await server.app.services.jobs.enqueue('prune-job-history', {});
  await waitFor(async () => (await db.query(`SELECT 1 FROM agenda_jobs WHERE data->>'appointmentId' = $1`, [stale])).rowCount === 0);
  expect((await db.query(`SELECT 1 FROM agenda_jobs WHERE data->>'appointmentId' = $1`, [recent])).rowCount).toBe(1);
});
