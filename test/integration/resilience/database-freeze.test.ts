import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deployMigrations } from '../../../prisma/migrate/deploy.js';
import { startEmbeddedPostgres } from '../../../api/db/embedded-postgres.js';
import { createLogger } from '../../../api/logger.js';
import { collect, graphql, wsClient } from '../../graphql-client.js';
import { startTestServer, type TestServer } from '../../test-server.js';

// A PostgreSQL of this test's own, so that freezing it stops nobody else.
let postgres: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
let dataDir: string;
let server: TestServer;
let postgresPids: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'slotline-freeze-'));
  postgres = await startEmbeddedPostgres({ dataDir, port: 40_000 + Math.floor(Math.random() * 10_000), logger: createLogger('warn'), databaseName: 'frozen' });
  await deployMigrations(postgres.url);
  server = await startTestServer({ database: { url: postgres.url, drop: async () => {} }, env: { SLOT_EVENT_LOOKBACK_MS: '2000' } });
});

afterAll(async () => {
  signal('SIGCONT');
  await server?.stop();
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The postmaster and every backend of this cluster. */
function clusterPids(): string[] {
  const processes = execFileSync('ps', ['-eo', 'pid=,ppid=,args='])
    .toString()
    .trim()
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)!.slice(1) as [string, string, string]);
  const postmasters = processes.filter(([, , args]) => args.includes(dataDir)).map(([pid]) => pid);
  return [...postmasters, ...processes.filter(([, ppid]) => postmasters.includes(ppid)).map(([pid]) => pid)];
}

function signal(name: 'SIGSTOP' | 'SIGCONT'): void {
  for (const pid of postgresPids) {
    try {
      process.kill(Number(pid), name);
    } catch {
      // The process is gone already.
    }
  }
}

it('answers a clear error within the timeout while PostgreSQL is frozen, reports unready, and recovers', async () => {
  const token = `Bearer ${server.app.services.devTokens!.sign({ email: 'patient@example.com', name: null })}`;
  const LIST = '{ myAppointments(first: 5) { edges { node { id } } } }';
  expect((await graphql(server.graphqlUrl, LIST, {}, token)).errors).toBeUndefined();

  const listener = wsClient(server.wsUrl);
  const resyncs = collect<{ slotsResyncRequired: string }>(listener, 'subscription { slotsResyncRequired }', {});
  postgresPids = clusterPids();
  expect(postgresPids.length).toBeGreaterThan(1);
  signal('SIGSTOP');
  const started = Date.now();
  const frozen = await graphql(server.graphqlUrl, LIST, {}, token);
  const waited = Date.now() - started;
  expect(frozen.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  expect(waited).toBeLessThan(8_000);
  const readyStarted = Date.now();
  expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
  expect(Date.now() - readyStarted).toBeLessThan(3_000);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  // Longer than the slot event log's look-back: changes may have been missed.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 2_500 - (Date.now() - started))));

  signal('SIGCONT');
  await expect.poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 15_000 }).toBe(200);
  await expect.poll(async () => (await graphql(server.graphqlUrl, LIST, {}, token)).errors, { timeout: 15_000 }).toBeUndefined();
  // Browsers are told to refetch, since this server may have missed slot changes meanwhile.
  await resyncs.until((events) => events.length > 0, 10_000);
  expect(Date.parse(resyncs.events[0]!.slotsResyncRequired)).toBeGreaterThan(started);
  resyncs.stop();
  await listener.dispose();
}, 60_000);
