import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startFakeFirebase } from '../fake-firebase.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

const PROJECT = 'demo-slotline';
let firebase: Awaited<ReturnType<typeof startFakeFirebase>>;
let server: TestServer;
const BOOK = 'mutation { bookAppointment(input: { slotId: "00000000-0000-4000-8000-000000000000" }) { __typename ... on Error { message } } }';
const UNVERIFIED = 'Sign in with a Google account whose e-mail address is verified.';
const TAKEN = 'This e-mail address already belongs to another sign-in account; sign in with that one.';

/** Who the token signs in, or null where the server refuses it (401 before anything runs). */
const me = async (token: string) => {
  const response = await graphql(server.graphqlUrl, '{ me { id email role } }', {}, `Bearer ${token}`);
  if (response.status === 401) return null;
  return response.data!.me as { id: string; email: string; role: string } | null;
};
const refusal = async (token: string) => {
  const response = await graphql(server.graphqlUrl, BOOK, {}, `Bearer ${token}`);
  return { status: response.status, code: response.errors?.[0]?.extensions?.code, message: response.errors?.[0]?.message };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  firebase = await startFakeFirebase(PROJECT);
  // firebase-admin reads this from the environment; this test file runs in its own process.
  process.env.FIREBASE_AUTH_EMULATOR_HOST = firebase.host;
  server = await startTestServer({
    env: {
      AUTH_MODE: 'firebase',
      FIREBASE_PROJECT_ID: PROJECT,
      FIREBASE_WEB_API_KEY: 'fake-web-key',
      PROVIDER_EMAILS: 'boss@example.com,kate@example.com,deputy@example.com,chief@example.com',
    },
  });
});

// Every refusal leaves the server serving.
afterEach(async () => {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});

afterAll(async () => {
  await server?.stop();
  await firebase?.close();
});

it('signs in a Google user from a Firebase ID token verified by firebase-admin', async () => {
  firebase.addAccount({ localId: 'google-uid-1', email: 'Grace@Example.com', displayName: 'Grace Hopper' });
  const token = firebase.idToken({ uid: 'google-uid-1', email: 'Grace@Example.com', name: 'Grace Hopper' });
  const response = await graphql(server.graphqlUrl, '{ me { email name role timezone } }', {}, `Bearer ${token}`);
  expect(response.data!.me).toEqual({ email: 'grace@example.com', name: 'Grace Hopper', role: 'CLIENT', timezone: 'Europe/Luxembourg' });
});

it('gives the provider role to PROVIDER_EMAILS', async () => {
  firebase.addAccount({ localId: 'google-uid-2', email: 'boss@example.com' });
  const token = firebase.idToken({ uid: 'google-uid-2', email: 'boss@example.com' });
  const response = await graphql(server.graphqlUrl, '{ me { role } }', {}, `Bearer ${token}`);
  expect(response.data!.me).toEqual({ role: 'PROVIDER' });
});

it('refuses expired tokens and tokens for another project', async () => {
  const expired = firebase.idToken({ uid: 'google-uid-1', email: 'grace@example.com', expiresInSeconds: -60 });
  const foreign = firebase.idToken({ uid: 'google-uid-1', email: 'grace@example.com', audience: 'someone-else' });
  expect(await refusal(expired)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: 'The sign-in token has expired; sign in again.' });
  expect(await refusal(foreign)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: 'The sign-in token is not valid.' });
  expect(await me(expired)).toBeNull();
});

it('disables devSignIn outside AUTH_MODE=dev', async () => {
  const response = await graphql(server.graphqlUrl, 'mutation { devSignIn(email: "x@example.com") { token } }');
  expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
});

it('tells the web client how to sign in, with the public Firebase web config', async () => {
  const response = await graphql(server.graphqlUrl, '{ clientConfig { authMode firebase { apiKey authDomain projectId } } }');
  expect(response.data!.clientConfig).toEqual({
    authMode: 'FIREBASE',
    firebase: { apiKey: 'fake-web-key', authDomain: `${PROJECT}.firebaseapp.com`, projectId: PROJECT },
  });
});

it('trusts only Google sign-ins whose e-mail address is verified', async () => {
  firebase.addAccount({ localId: 'unverified-boss', email: 'boss@example.com', emailVerified: false });
  const unverified = firebase.idToken({ uid: 'unverified-boss', email: 'boss@example.com', emailVerified: false });
  expect(await refusal(unverified)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: UNVERIFIED });
  expect(await me(unverified)).toBeNull();

  // A verified address, but from e-mail and password sign-up rather than from Google.
  firebase.addAccount({ localId: 'password-chief', email: 'chief@example.com' });
  const password = firebase.idToken({ uid: 'password-chief', email: 'chief@example.com', signInProvider: 'password' });
  expect(await refusal(password)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: UNVERIFIED });
  expect(await me(password)).toBeNull();
});

it('never hands a user to another Firebase account with the same e-mail address', async () => {
  const grace = await me(firebase.idToken({ uid: 'google-uid-1', email: 'grace@example.com' }));
  firebase.addAccount({ localId: 'google-uid-impostor', email: 'grace@example.com' });
  const impostor = firebase.idToken({ uid: 'google-uid-impostor', email: 'grace@example.com' });
  expect(await refusal(impostor)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: TAKEN });
  expect(await me(impostor)).toBeNull();
  expect(await me(firebase.idToken({ uid: 'google-uid-1', email: 'grace@example.com' }))).toEqual(grace);
});

it('lets a verified Google account claim a user created without one, once', async () => {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const id = randomUUID();
  try {
    await db.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, 'seeded@example.com', 'Seeded', now())`, [id]);
    firebase.addAccount({ localId: 'google-seeded', email: 'seeded@example.com' });
    expect(await me(firebase.idToken({ uid: 'google-seeded', email: 'seeded@example.com' }))).toMatchObject({ id, role: 'CLIENT' });
    firebase.addAccount({ localId: 'google-seeded-again', email: 'seeded@example.com' });
    const second = firebase.idToken({ uid: 'google-seeded-again', email: 'seeded@example.com' });
    expect(await refusal(second)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: TAKEN });
    const { rows } = await db.query('SELECT "firebaseUid" FROM "User" WHERE id = $1', [id]);
    expect(rows).toEqual([{ firebaseUid: 'google-seeded' }]);
  } finally {
    await db.end();
  }
});

it('never matches a provider address through look-alike characters', async () => {
  // U+212A KELVIN SIGN folds to "k" under NFKC and under toLowerCase.
  firebase.addAccount({ localId: 'google-kelvin', email: '\u212Aate@example.com' });
  const kelvin = firebase.idToken({ uid: 'google-kelvin', email: '\u212Aate@example.com' });
  expect(await me(kelvin)).toBeNull();
  expect(await refusal(kelvin)).toEqual({
    status: 401,
    code: 'UNAUTHENTICATED',
    message: 'This e-mail address imitates another one with look-alike characters; sign in with a different account.',
  });
  // The real owner of the address is not locked out by the look-alike.
  firebase.addAccount({ localId: 'google-kate', email: 'kate@example.com' });
  expect(await me(firebase.idToken({ uid: 'google-kate', email: 'kate@example.com' }))).toMatchObject({ email: 'kate@example.com', role: 'PROVIDER' });
});

it('stops accepting a cached token once it expires', async () => {
  firebase.addAccount({ localId: 'google-brief', email: 'brief@example.com' });
  await sleep(1_020 - (Date.now() % 1_000)); // exp has a one-second resolution: start a fresh second
  const token = firebase.idToken({ uid: 'google-brief', email: 'brief@example.com', expiresInSeconds: 1 });
  expect(await me(token)).toMatchObject({ email: 'brief@example.com' });
  const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number };
  await sleep(exp * 1_000 - Date.now() + 50);
  expect(await me(token)).toBeNull();
  expect(await refusal(token)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: 'The sign-in token has expired; sign in again.' });
});

it('refuses a provider whose sign-ins were revoked or whose account was disabled', async () => {
  firebase.addAccount({ localId: 'google-deputy', email: 'deputy@example.com' });
  const earlier = firebase.idToken({ uid: 'google-deputy', email: 'deputy@example.com', authenticatedSecondsAgo: 0 });
  expect(await me(earlier)).toMatchObject({ role: 'PROVIDER' });
  await sleep(1_000); // validSince has a one-second resolution
  firebase.revokeTokens('google-deputy');
  // A token refreshed from the session that was revoked still carries its old auth_time.
  const refreshed = firebase.idToken({ uid: 'google-deputy', email: 'deputy@example.com', authenticatedSecondsAgo: 5 });
  expect(await refusal(refreshed)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: 'The sign-in was revoked; sign in again.' });
  const fresh = firebase.idToken({ uid: 'google-deputy', email: 'deputy@example.com', name: 'Deputy' });
  expect(await me(fresh)).toMatchObject({ role: 'PROVIDER' });

  firebase.disableAccount('google-deputy');
  const afterDisabling = firebase.idToken({ uid: 'google-deputy', email: 'deputy@example.com', name: 'Deputy again' });
  expect(await refusal(afterDisabling)).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: 'This account is disabled.' });
});
