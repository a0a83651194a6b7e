import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.js';
import { withDatabase } from '../test-database.js';
import { inject } from 'vitest';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(() => server?.stop());

it('answers /healthz while alive and /readyz while the database is reachable', async () => {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const ready = await fetch(`${server.url}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});

it('answers /readyz with 503 once the database is gone, and recovers nothing silently', async () => {
  const name = new URL(server.databaseUrl).pathname.slice(1);
  await withDatabase(inject('adminDatabaseUrl'), (client) => client.query(`DROP DATABASE "${name}" WITH (FORCE)`));
  const ready = await fetch(`${server.url}/readyz`);
  expect(ready.status).toBe(503);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});

it('serves GraphQL queries over GET as well as POST, with the CSRF header', async () => {
  const url = `${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
  const response = await fetch(url, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
  expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
});

it('refuses requests a browser could send cross-site without a preflight', async () => {
  const url = `${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
  expect((await fetch(url, { headers: { accept: 'application/json' } })).status).toBe(403);
  const form = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: 'mutation { devSignIn(email: "csrf@example.com") { token } }' }),
  });
  expect(form.status).toBe(403);
});

it('serves GraphiQL to a browser in development', async () => {
  const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Slotline GraphQL');
});
