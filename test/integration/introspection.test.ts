import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { GRAPHQL_INTROSPECTION: 'false', GRAPHIQL: 'false' } });
});

afterAll(() => server?.stop());

it('hides the schema when GRAPHQL_INTROSPECTION=false, and still answers queries', async () => {
  const introspection = await graphql(server.graphqlUrl, '{ __schema { queryType { name } } }');
  expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
  expect((await graphql(server.graphqlUrl, '{ bookingPolicy { slotMinutes } }')).data).toEqual({ bookingPolicy: { slotMinutes: 30 } });
});

it('serves no GraphiQL page when GRAPHIQL=false', async () => {
  const page = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });
  expect(await page.text()).not.toContain('GraphiQL');
});
