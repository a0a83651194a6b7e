import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGoogle } from '../fake-google.js';
import { signIn } from '../fixtures.js';
import { googleOAuthBrowser } from '../google-oauth-browser.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

let google: Awaited<ReturnType<typeof startFakeGoogle>>;
let server: TestServer;
let browser: ReturnType<typeof googleOAuthBrowser>;
let db: pg.Client;

const userId = async (authorization: string) => (await graphql(server.graphqlUrl, '{ me { id } }', {}, authorization)).data!.me.id as string;
const connection = async (id: string) =>
  (await db.query('SELECT "encryptedRefreshToken", "updatedAt" FROM "GoogleCalendarConnection" WHERE "userId" = $1', [id])).rows;
const tokenExchanges = () => google.requests.filter((request) => request === 'POST /token').length;
const outcome = (response: Response) => new URL(response.headers.get('location')!).searchParams.get('calendar');

beforeAll(async () => {
  google = await startFakeGoogle();
  server = await startTestServer({
    env: {
      GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com',
      GOOGLE_CLIENT_SECRET: 'test-secret',
      GOOGLE_TOKEN_KEY: randomBytes(32).toString('base64'),
      GOOGLE_OAUTH_BASE_URL: google.url,
      GOOGLE_API_ROOT_URL: `${google.url}/`,
    },
  });
  browser = googleOAuthBrowser(server, google.url);
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
});

// Every refusal leaves the server serving.
afterEach(async () => {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
  await google?.close();
});

describe('Google OAuth state', () => {
  it('is single-use: a replayed callback changes nothing', async () => {
    const alice = await signIn(server.graphqlUrl, 'alice@example.com', 'Alice');
    const { state, cookie } = await browser.begin(alice);
    expect(outcome(await browser.finish(state, google.authorize('alice-calendar'), cookie))).toBe('connected');
    const connected = await connection(await userId(alice));
    const exchanges = tokenExchanges();

    const replay = await browser.finish(state, google.authorize('mallory-calendar'), cookie);
    expect(outcome(replay)).toBe('expired');
    expect(await connection(await userId(alice))).toEqual(connected);
    expect(tokenExchanges()).toBe(exchanges);
  });

  it('only completes in the browser that opened the start link', async () => {
    const bob = await signIn(server.graphqlUrl, 'bob@example.com', 'Bob');
    const { startUrl, state, cookie } = await browser.begin(bob);
    const exchanges = tokenExchanges();

    // Someone else's browser: no cookie, or a cookie of its own.
    expect(outcome(await browser.finish(state, google.authorize('mallory-calendar'), null))).toBe('expired');
    expect(cookie).toMatch(/^[\w-]+=[\w-]{40,}$/);
    const [name] = cookie!.split('=');
    expect(outcome(await browser.finish(state, google.authorize('mallory-calendar'), `${name}=${randomBytes(32).toString('base64url')}`))).toBe('expired');
    // The start link itself works once: a second browser that opens it is sent away.
    const second = await browser.open(startUrl);
    expect(outcome(second.response)).toBe('expired');
    expect(second.cookie).toBeNull();
    expect(tokenExchanges()).toBe(exchanges);
    expect(await connection(await userId(bob))).toEqual([]);

    expect(outcome(await browser.finish(state, google.authorize('bob-calendar'), cookie))).toBe('connected');
  });

  it('expires after ten minutes', async () => {
    const carol = await signIn(server.graphqlUrl, 'carol@example.com', 'Carol');
    const { state, cookie } = await browser.begin(carol);
    const { rows } = await db.query(`SELECT extract(epoch FROM "expiresAt" - "createdAt")::int AS lifetime FROM "OAuthState" WHERE "userId" = $1`, [
      await userId(carol),
    ]);
    expect(rows).toEqual([{ lifetime: 600 }]);
    await db.query(`UPDATE "OAuthState" SET "expiresAt" = now() - interval '1 second' WHERE "userId" = $1`, [await userId(carol)]);
    expect(outcome(await browser.finish(state, google.authorize('carol-calendar'), cookie))).toBe('expired');
    expect(await connection(await userId(carol))).toEqual([]);
  });

  it('is refused when its user no longer exists', async () => {
    const dave = await signIn(server.graphqlUrl, 'dave@example.com', 'Dave');
    const id = await userId(dave);
    const { state, cookie } = await browser.begin(dave);
    await db.query('DELETE FROM "User" WHERE id = $1', [id]);
    expect(outcome(await browser.finish(state, google.authorize('dave-calendar'), cookie))).toBe('expired');
    expect(await connection(id)).toEqual([]);
  });

  it('sets an HttpOnly, SameSite=Lax cookie limited to the OAuth routes', async () => {
    const erin = await signIn(server.graphqlUrl, 'erin@example.com', 'Erin');
    const started = await graphql(
      server.graphqlUrl,
      'mutation { connectGoogleCalendar { ... on ConnectGoogleCalendarSuccess { authorizationUrl } } }',
      {},
      erin,
    );
    const startUrl = new URL(started.data!.connectGoogleCalendar.authorizationUrl);
    const response = await fetch(new URL(startUrl.pathname + startUrl.search, server.url), { redirect: 'manual' });
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\/oauth\/google/);
    expect(setCookie).toMatch(/; Max-Age=600/);
    expect(setCookie).not.toMatch(/; Secure/); // plain HTTP outside production
  });
});
