import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startFakeGoogle } from '../fake-google.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { googleOAuthBrowser } from '../google-oauth-browser.js';
import { graphql } from '../graphql-client.js';
import { createTestDatabase, type TestDatabase } from '../test-database.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

const OLD_KEY = randomBytes(32).toString('base64');
const NEW_KEY = randomBytes(32).toString('base64');
const BOOK = `mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename } }`;

let google: Awaited<ReturnType<typeof startFakeGoogle>>;
let database: TestDatabase;
let server: TestServer | undefined;

const googleEnv = (keys: Record<string, string>) => ({
  GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com',
  GOOGLE_CLIENT_SECRET: 'test-secret',
  GOOGLE_OAUTH_BASE_URL: google.url,
  GOOGLE_API_ROOT_URL: `${google.url}/`,
  GOOGLE_TIMEOUT_MS: '500',
  JOB_RETRY_BASE_MS: '100',
  ...keys,
});

async function storedTokens(): Promise<string[]> {
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  try {
    return (await db.query<{ token: string }>('SELECT "encryptedRefreshToken" AS token FROM "GoogleCalendarConnection"')).rows.map((row) => row.token);
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  google = await startFakeGoogle();
  database = await createTestDatabase(inject('adminDatabaseUrl'), inject('templateDatabase'));
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
  await google?.close();
});

describe('rotating GOOGLE_TOKEN_KEY on a running deployment', () => {
  it('keeps a calendar connected under the old key syncing after the restart with the new key', async () => {
    server = await startTestServer({ database, env: googleEnv({ GOOGLE_TOKEN_KEY: OLD_KEY }) });
    await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(4, server.now()) });
    const client = await signIn(server.graphqlUrl, 'rotation@example.com', 'Rita Otation');
    const { state, cookie } = await googleOAuthBrowser(server, google.url).begin(client);
    const connected = await googleOAuthBrowser(server, google.url).finish(state, google.authorize('rotation-calendar'), cookie);
    expect(connected.headers.get('location')).toMatch(/calendar=connected$/);
    const [underOldKey] = await storedTokens();
    await server.stop();

    const logs: Record<string, unknown>[] = [];
    server = await startTestServer({ database, logs, env: googleEnv({ GOOGLE_TOKEN_KEY: NEW_KEY, GOOGLE_TOKEN_KEY_PREVIOUS: OLD_KEY }) });
    expect(logs.find((line) => line.msg === 'moved stored Google refresh tokens to the current GOOGLE_TOKEN_KEY')).toMatchObject({
      reencrypted: 1,
      unreadable: 0,
    });
    const [underNewKey] = await storedTokens();
    expect(underNewKey).toMatch(/^v1\./);
    expect(underNewKey).not.toBe(underOldKey);
    await server.stop();

    // The previous key removed again: the calendar still syncs with the new key alone.
    server = await startTestServer({ database, env: googleEnv({ GOOGLE_TOKEN_KEY: NEW_KEY }) });
    const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 7 * 86_400_000));
    const client2 = await signIn(server.graphqlUrl, 'rotation@example.com', 'Rita Otation');
    expect((await graphql(server.graphqlUrl, BOOK, { id: slot!.id }, client2)).data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
    await waitFor(async () => google.events('rotation-calendar').length === 1);
    expect(google.events('rotation-calendar')[0]).toMatchObject({ summary: 'Consultation Session' });
  });
});
