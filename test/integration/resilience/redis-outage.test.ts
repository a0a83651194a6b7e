import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../../fixtures.js';
import { collect, graphql, wsClient } from '../../graphql-client.js';
import { startRedisProcess } from '../../redis-process.js';
import { createTestDatabase, withDatabase, type TestDatabase } from '../../test-database.js';
import { expectStillServing, startTestServer, type TestServer } from '../../test-server.js';

const BOOK = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename } }`;
const CHANGES = 'subscription($from: DateTime!, $to: DateTime!) { slotsChanged(from: $from, to: $to) { id isAvailable } }';

let redis: Awaited<ReturnType<typeof startRedisProcess>>;
let database: TestDatabase;
let first: TestServer;
let second: TestServer;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  redis = await startRedisProcess();
  database = await createTestDatabase(inject('adminDatabaseUrl'), inject('templateDatabase'));
  const env = { REDIS_URL: redis.url, REDIS_CHANNEL_PREFIX: `outage-${randomBytes(3).toString('hex')}:` };
  first = await startTestServer({ database, env, logs });
  second = await startTestServer({ database, env });
});

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await database?.drop();
  await redis?.stop();
});

it('keeps serving through a Redis outage, delivers every change to the other instance, and ends consistent', async () => {
  await prepareSlots(first.graphqlUrl, { from: luxembourgDate(2, first.now()), to: luxembourgDate(3, first.now()) });
  const window = { from: new Date().toISOString(), to: new Date(Date.now() + 5 * 86_400_000).toISOString() };
  const slots = await freeSlots(first.graphqlUrl, new Date(window.from), new Date(window.to));
  const client = await signIn(first.graphqlUrl, 'steady@example.com');
  const listener = wsClient(second.wsUrl);
  const changes = collect<{ slotsChanged: { id: string; isAvailable: boolean } }>(listener, CHANGES, window);
  const taken = (id: string) => (events: { slotsChanged: { id: string; isAvailable: boolean } }[]) =>
    events.some((event) => event.slotsChanged.id === id && !event.slotsChanged.isAvailable);
  await new Promise((resolve) => setTimeout(resolve, 200));

  await redis.kill();
  const duringOutage = await graphql(first.graphqlUrl, BOOK, { input: { slotId: slots[0]!.id } }, client);
  expect(duringOutage.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
  // Redis could not carry it; the database log does, within a few seconds.
  await changes.until(taken(slots[0]!.id), 8_000);
  expect((await freeSlots(second.graphqlUrl, new Date(window.from), new Date(window.to))).map((slot) => slot.id)).not.toContain(slots[0]!.id);
  // The failed publish was counted and logged, and the instance did not crash a few seconds later.
  expect(logs.some((line) => line.msg === 'pub/sub publish failed; the slot event log will deliver it')).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  await expectStillServing(first);
  await expectStillServing(second);
  const onTheOther = await graphql(second.graphqlUrl, BOOK, { input: { slotId: slots[1]!.id } }, client);
  expect(onTheOther.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');

  await redis.start();
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const afterwards = await graphql(first.graphqlUrl, BOOK, { input: { slotId: slots[2]!.id } }, client);
  expect(afterwards.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
  await changes.until(taken(slots[2]!.id), 5_000);
  changes.stop();
  await listener.dispose();

  // Both indexes agree with the database.
  const truth = await withDatabase(database.url, (db) =>
    db.query<{ id: string }>(
      `SELECT s.id FROM "TimeSlot" s WHERE s."startTime" > now() AND s."startTime" < $1 AND NOT s."isBlocked"
      AND NOT EXISTS (SELECT 1 FROM "Appointment" a WHERE a."slotId" = s.id AND a.status = 'SCHEDULED') ORDER BY s."startTime"`,
      [window.to],
    ),
  );
  const expected = truth.rows.map((row) => row.id);
  for (const server of [first, second]) {
    expect((await freeSlots(server.graphqlUrl, new Date(window.from), new Date(window.to))).map((slot) => slot.id)).toEqual(expected);
  }
}, 60_000);
