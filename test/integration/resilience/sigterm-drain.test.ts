import { request } from 'node:http';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../../fixtures.js';
import { startServerProcess } from '../../server-process.js';
import { createTestDatabase, withDatabase, type TestDatabase } from '../../test-database.js';

const LOOPS = 30;
const BOOK = 'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename ... on BookAppointmentSuccess { appointment { id } } } }';
const CANCEL = 'mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { __typename } }';

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServerProcess>>;

beforeAll(async () => {
  database = await createTestDatabase(inject('adminDatabaseUrl'), inject('templateDatabase'));
  server = await startServerProcess({
    SHUTDOWN_DELAY_MS: '1000',
    DATABASE_URL: database.url,
    AUTH_MODE: 'dev',
    DEV_TOKEN_SECRET: 'sigterm-test-secret-long-enough-to-pass',
    PROVIDER_EMAILS: 'provider@example.com',
  });
});

afterAll(async () => {
  server?.child.kill('SIGKILL');
  await database?.drop();
});

type Outcome =
  { ok: true; body: { data?: Record<string, { __typename: string; appointment?: { id: string } }> } } | { ok: false; refused: boolean; error: string };

/** One request on a connection of its own: a refused connection is a clean "no", a reset one a cut request. */
function post(url: string, body: unknown, authorization: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const outgoing = request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization, 'content-length': Buffer.byteLength(payload) } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => {
          if (response.statusCode === 200) resolve({ ok: true, body: JSON.parse(text) });
          else resolve({ ok: false, refused: response.statusCode === 503, error: `HTTP ${response.statusCode}` });
        });
        response.on('error', (error) => resolve({ ok: false, refused: false, error: error.message }));
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, refused: error.code === 'ECONNREFUSED', error: error.message }));
    outgoing.end(payload);
  });
}

it('on SIGTERM finishes every request in flight under 30 booking loops, and records exactly what clients were told', async () => {
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(2, server.now()), to: luxembourgDate(4, server.now()) });
  const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 5 * 86_400_000));
  expect(slots.length).toBeGreaterThanOrEqual(LOOPS);
  const clients = await Promise.all(Array.from({ length: LOOPS }, (_, i) => signIn(server.graphqlUrl, `loop-${i}@example.com`)));

  const cut: string[] = [];
  /** What each loop was last told about its slot: the appointment it holds, or none. */
  const told = new Map<number, string | null>();
  // Like a load balancer: once the server reports unready, no new request is sent to it.
  let unready = false;
  let killedAt = Infinity;
  const loop = async (i: number) => {
    while (!unready) {
      const booked = await post(server.graphqlUrl, { query: BOOK, variables: { input: { slotId: slots[i]!.id } } }, clients[i]!);
      if (!booked.ok) return void (booked.refused ? undefined : cut.push(`book ${booked.error} unready=${unready} t=${Date.now() - killedAt}`));
      const id = booked.body.data!.bookAppointment!.appointment?.id;
      if (!id) continue;
      told.set(i, id);
      if (unready) return;
      const cancelled = await post(server.graphqlUrl, { query: CANCEL, variables: { input: { id } } }, clients[i]!);
      if (!cancelled.ok) return void (cancelled.refused ? undefined : cut.push(`cancel ${cancelled.error} unready=${unready} t=${Date.now() - killedAt}`));
      if (cancelled.body.data!.cancelAppointment!.__typename === 'CancelAppointmentSuccess') told.set(i, null);
    }
  };
  const loops = Array.from({ length: LOOPS }, (_, i) => loop(i));
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  killedAt = Date.now();
  server.child.kill('SIGTERM');
  // Unready at once, so that a load balancer stops sending.
  await expect
    .poll(
      () =>
        fetch(`${server.url}/readyz`).then(
          (response) => response.status,
          () => 'refused',
        ),
      { timeout: 1_000, interval: 50 },
    )
    .not.toBe(200);
  unready = true;
  await Promise.all(loops);
  expect(await server.exited).toBe(0);

  expect(cut).toEqual([]);
  expect(told.size).toBeGreaterThan(0);
  const rows = await withDatabase(database.url, (db) =>
    db.query<{ id: string; slotId: string; status: string }>('SELECT id, "slotId", status FROM "Appointment"'),
  );
  for (const [i, held] of told) {
    const scheduled = rows.rows.filter((row) => row.slotId === slots[i]!.id && row.status === 'SCHEDULED').map((row) => row.id);
    expect(scheduled, `loop ${i}`).toEqual(held ? [held] : []);
  }
}, 60_000);
