import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { __typename ... on Error { code } }
}`;
const CLIENTS = 50;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(2, server.now()), to: luxembourgDate(2, server.now()) });
});

afterAll(() => server?.stop());

it(`lets exactly one of ${CLIENTS} clients racing for one slot win`, async () => {
  const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 5 * 86_400_000));
  const tokens = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => signIn(server.graphqlUrl, `racer${i}@example.com`)));
  const responses = await Promise.all(tokens.map((token) => graphql(server.graphqlUrl, BOOK, { input: { slotId: slot!.id } }, token)));

  expect(responses.filter((response) => response.status !== 200 || response.errors !== undefined)).toEqual([]);
  const outcomes = responses.map((response) => response.data!.bookAppointment.__typename);
  expect(outcomes.filter((outcome) => outcome === 'BookAppointmentSuccess')).toHaveLength(1);
  expect(outcomes.filter((outcome) => outcome === 'SlotUnavailableError')).toHaveLength(CLIENTS - 1);

  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Appointment" WHERE "slotId" = $1 AND status = 'SCHEDULED'`, [slot!.id]);
  await db.end();
  expect(rows[0].n).toBe(1);
});

it('forbids double booking in the database itself, whatever the application does', async () => {
  const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 5 * 86_400_000));
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const users = await db.query(`SELECT id FROM "User" LIMIT 2`);
    const insert = (userId: string) =>
      db.query(
        `INSERT INTO "Appointment" (id, "userId", "slotId", "startTime", "endTime", "updatedAt")
         SELECT gen_random_uuid(), $1, id, "startTime", "endTime", now() FROM "TimeSlot" WHERE id = $2`,
        [userId, slot!.id],
      );
    await insert(users.rows[0].id);
    await expect(insert(users.rows[1].id)).rejects.toMatchObject({ code: '23505' });
    // An overlapping range on another slot row is refused by the exclusion constraint.
    await expect(
      db.query(
        `INSERT INTO "TimeSlot" (id, "startTime", "endTime", "updatedAt") VALUES (gen_random_uuid(), $1::timestamptz + interval '10 minutes', $1::timestamptz + interval '40 minutes', now())`,
        [slot!.startTime],
      ),
    ).rejects.toMatchObject({ code: '23P01' });
  } finally {
    await db.end();
  }
});
