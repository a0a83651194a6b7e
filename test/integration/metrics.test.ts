import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { collect, graphql, wsClient } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

const TOKEN = 'metrics-token-for-tests-0123456789abcdef';

const BOOK = `mutation BookForMetrics($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { __typename ... on BookAppointmentSuccess { appointment { id } } }
}`;
const SLOTS_CHANGED = `subscription WatchSlotsForMetrics($from: DateTime!, $to: DateTime!) {
  slotsChanged(from: $from, to: $to) { id isAvailable }
}`;

// Prometheus reads values as Go's ParseFloat does: NaN in any case (prom-client writes "Nan").
const SAMPLE =
  /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*")*\})? (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|[Nn]a[Nn]|[+-]Inf)$/;
const COMMENT = /^# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped))$/;

async function scrape(server: TestServer, authorization = `Bearer ${TOKEN}`) {
  return fetch(`${server.url}/metrics`, { headers: { authorization } });
}

/** The samples of one scrape by "name{labels}" exactly as written. */
async function samples(server: TestServer): Promise<Map<string, number>> {
  const response = await scrape(server);
  expect(response.status).toBe(200);
  const lines = (await response.text()).split('\n').filter(Boolean);
  const values = new Map<string, number>();
  for (const line of lines.filter((line) => !line.startsWith('#'))) {
    const [, name, labels = ''] = SAMPLE.exec(line)!;
    values.set(`${name}${labels}`, Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return values;
}

describe('/metrics without METRICS_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('does not exist', async () => {
    const response = await scrape(server);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('slotline_');
  });
});

describe('/metrics with METRICS_TOKEN', () => {
  let server: TestServer;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    // No worker: queued e-mails and jobs stay where the test can see them.
    server = await startTestServer({ redis: true, logs, env: { METRICS_TOKEN: TOKEN, WORKER: 'off' } });
  });
  afterAll(() => server?.stop());

  it('answers in the Prometheus text format, with process metrics and event-loop lag', async () => {
    const response = await scrape(server);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const lines = (await response.text()).split('\n').filter(Boolean);
    const malformed = lines.filter((line) => !(line.startsWith('#') ? COMMENT : SAMPLE).test(line));
    expect(malformed).toEqual([]);
    expect(lines).toContain('# TYPE slotline_http_request_duration_seconds histogram');
    expect(lines.some((line) => /^slotline_nodejs_eventloop_lag_seconds \d/.test(line))).toBe(true);
    expect(lines.some((line) => /^slotline_process_resident_memory_bytes \d/.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('slotline_db_pool_max_connections{pool="requests"} 10'))).toBe(true);
  });

  it("shows Agenda's own database pool beside the others", async () => {
    const values = await samples(server);
    expect(values.get('slotline_db_pool_max_connections{pool="agenda"}')).toBe(4);
    // Agenda keeps a connection open to LISTEN for new jobs, even on an instance that only enqueues.
    expect(values.get('slotline_db_pool_connections{pool="agenda"}')).toBeGreaterThanOrEqual(1);
    expect(values.get('slotline_db_pool_waiting_requests{pool="agenda"}')).toBe(0);
    expect(values.has('slotline_db_pool_idle_connections{pool="agenda"}')).toBe(true);
  });

  it('moves the HTTP and GraphQL counters of a booking, and shows its queued e-mails and jobs', async () => {
    await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(4, server.now()) });
    const client = await signIn(server.graphqlUrl, 'alex@example.com', 'Alex Martin');
    const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 7 * 86_400_000));
    const booking = '{operation_name="BookForMetrics",operation_type="mutation"}';
    const graphqlPosts = 'slotline_http_request_duration_seconds_count{method="POST",route="/graphql",status_class="2xx"}';
    const before = await samples(server);
    expect(before.get(`slotline_graphql_operation_duration_seconds_count${booking}`)).toBeUndefined();

    const response = await graphql(server.graphqlUrl, BOOK, { input: { slotId: slot!.id } }, client);
    expect(response.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
    const unauthenticated = await graphql(server.graphqlUrl, 'query MineForMetrics { myAppointments { edges { cursor } } }');
    expect(unauthenticated.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const after = await samples(server);
    expect(after.get(`slotline_graphql_operation_duration_seconds_count${booking}`)).toBe(1);
    expect(after.get(`slotline_graphql_operation_errors_total${booking}`)).toBeUndefined();
    expect(after.get('slotline_graphql_operation_errors_total{operation_name="MineForMetrics",operation_type="query"}')).toBe(1);
    expect(after.get(graphqlPosts)! - before.get(graphqlPosts)!).toBeGreaterThanOrEqual(2);
    // The confirmations to the client and to the provider wait for a worker.
    expect(after.get('slotline_outbox_queued_emails')).toBeGreaterThanOrEqual(2);
    expect(after.get('slotline_outbox_oldest_queued_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(after.get('slotline_jobs_due_waiting')).toBeGreaterThanOrEqual(1);
    expect(after.get('slotline_jobs_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(after.get('slotline_reminders_late_emails')).toBe(0);
  });

  it('counts a reminder that is late, and the age of the oldest queued e-mail', async () => {
    const { prisma } = server.app.services;
    const appointment = await prisma.appointment.findFirstOrThrow();
    const dueAt = new Date(server.now().getTime() - 20 * 60_000);
    await prisma.notification.create({
      data: {
        appointmentId: appointment.id,
        kind: 'REMINDER',
        recipientRole: 'CLIENT',
        recipientEmail: 'alex@example.com',
        dueAt,
        nextAttemptAt: dueAt,
        appointmentStart: appointment.startTime,
      },
    });
    const values = await samples(server);
    expect(values.get('slotline_reminders_late_emails')).toBe(1);
    expect(values.get('slotline_outbox_oldest_queued_age_seconds')).toBeGreaterThanOrEqual(20 * 60);
  });

  it('shows an open WebSocket subscription in the gauges until it is closed', async () => {
    const live = async () => {
      const values = await samples(server);
      return [values.get('slotline_websocket_connections'), values.get('slotline_websocket_subscriptions')];
    };
    expect(await live()).toEqual([0, 0]);
    const ws = wsClient(server.wsUrl);
    const feed = collect(ws, SLOTS_CHANGED, { from: new Date().toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() });
    try {
      await waitFor(async () => (await live()).join() === '1,1');
      const values = await samples(server);
      expect(values.get('slotline_graphql_operation_duration_seconds_count{operation_name="WatchSlotsForMetrics",operation_type="subscription"}')).toBe(1);
    } finally {
      feed.stop();
      await ws.dispose();
    }
    await waitFor(async () => (await live()).join() === '0,0');
    expect(feed.errors).toEqual([]);
  });

  it('the example alert rules are well-formed and name metrics that exist', async () => {
    const alerts = parse(await readFile('docker/prometheus/alerts.yml', 'utf8')) as { groups: { name: string; rules: Record<string, unknown>[] }[] };
    const rules = alerts.groups.flatMap((group) => group.rules);
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) {
      expect(rule, JSON.stringify(rule)).toMatchObject({
        alert: expect.stringMatching(/^Slotline[A-Za-z]+$/) as unknown,
        expr: expect.any(String) as unknown,
        for: expect.stringMatching(/^\d+[smh]$/) as unknown,
        labels: { severity: expect.stringMatching(/^(critical|warning|info)$/) as unknown },
        annotations: { summary: expect.any(String) as unknown, description: expect.any(String) as unknown },
      });
    }
    const scraped = await (await scrape(server)).text();
    const exposed = new Set([...scraped.matchAll(/^# TYPE (\S+) /gm)].map(([, name]) => name));
    const named = rules.flatMap((rule) => String(rule.expr).match(/slotline_[a-z_]+/g) ?? []);
    expect(named.filter((name) => !exposed.has(name.replace(/_(count|sum|bucket)$/, '')))).toEqual([]);

    const config = parse(await readFile('docker/prometheus/prometheus.yml', 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({
      rule_files: ['alerts.yml'],
      scrape_configs: [{ metrics_path: '/metrics', authorization: { type: 'Bearer', credentials_file: expect.any(String) as unknown } }],
    });
  });

  it('leaves out the metrics of a collector that fails, and still answers', async () => {
    const { prisma } = server.app.services;
    await prisma.$executeRaw`ALTER TABLE agenda_jobs RENAME TO agenda_jobs_away`;
    try {
      const response = await scrape(server);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain('# TYPE slotline_jobs_lag_seconds gauge');
      expect(text).not.toMatch(/^slotline_jobs_lag_seconds /m);
      expect(text).toMatch(/^slotline_outbox_queued_emails \d/m);
    } finally {
      await prisma.$executeRaw`ALTER TABLE agenda_jobs_away RENAME TO agenda_jobs`;
    }
    expect(logs.some((line) => line.level === 40 && line.collector === 'jobs')).toBe(true);
    expect((await samples(server)).get('slotline_jobs_lag_seconds')).toBeGreaterThanOrEqual(0);
  });
});

describe('/metrics with a wrong token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { METRICS_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(() => server?.stop());

  it('answers 401, and every attempt counts against the rate limit of the address', async () => {
    const wrong = await scrape(server, `Bearer ${TOKEN.replace(/.$/, 'x')}`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await wrong.text()).not.toContain('slotline_');
    expect((await scrape(server, '')).status).toBe(401);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push((await scrape(server, 'Bearer guess')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
