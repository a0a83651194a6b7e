import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeFirebase } from '../testing/fake-firebase.js';
import { graphql } from '../testing/graphql-client.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const PROJECT = 'demo-slotline';
let firebase: Awaited<ReturnType<typeof startFakeFirebase>>;
let server: TestServer;

beforeAll(async () => {
  firebase = await startFakeFirebase(PROJECT);
  // firebase-admin reads this from the environment; this test file runs in its own process.
  process.env.FIREBASE_AUTH_EMULATOR_HOST = firebase.host;
  server = await startTestServer({ env: { AUTH_MODE: 'firebase', FIREBASE_PROJECT_ID: PROJECT, FIREBASE_WEB_API_KEY: 'fake-web-key', PROVIDER_EMAILS: 'boss@example.com' } });
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
  const book = 'mutation { bookAppointment(input: { slotId: "00000000-0000-4000-8000-000000000000" }) { __typename ... on Error { message } } }';
  const late = await graphql(server.graphqlUrl, book, {}, `Bearer ${expired}`);
  expect(late.data!.bookAppointment).toEqual({ __typename: 'UnauthenticatedError', message: 'The sign-in token has expired; sign in again.' });
  const wrong = await graphql(server.graphqlUrl, book, {}, `Bearer ${foreign}`);
  expect(wrong.data!.bookAppointment).toEqual({ __typename: 'UnauthenticatedError', message: 'The sign-in token is not valid.' });
  expect((await graphql(server.graphqlUrl, '{ me { id } }', {}, `Bearer ${expired}`)).data).toEqual({ me: null });
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
