import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-database.js';
import { startTestServer, type TestServer } from '../test-server.js';

const QUERY = JSON.stringify({ query: '{ bookingPolicy { slotMinutes } }' });
const post = (url: string, authorization?: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: QUERY });

/** A valid sign-in token made without a request, so that signing in spends no budget. */
const mintToken = (server: TestServer, email: string) => `Bearer ${server.app.services.devTokens!.sign({ email, name: null })}`;

describe('rate limits on one instance', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(() => server?.stop());

  it('counts down in RateLimit headers and answers 429 RATE_LIMITED past the limit', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await post(server.graphqlUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('5');
      remaining.push(response.headers.get('ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const refused = await post(server.graphqlUrl);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(body.errors[0]!.message).toMatch(/at most 5 a minute/);
  });

  it('counts each signed-in person on their own, not against the shared address', async () => {
    const response = await post(server.graphqlUrl, mintToken(server, 'someone@example.com'));
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-remaining')).toBe('4');
  });

  it('leaves health probes alone', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('rate limits shared through Redis', () => {
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminDatabaseUrl'), inject('templateDatabase'));
    const channelPrefix = `test-${randomBytes(4).toString('hex')}:`;
    const env = { RATE_LIMIT_PER_MINUTE: '4' };
    first = await startTestServer({ database, redis: true, channelPrefix, env });
    second = await startTestServer({ database, redis: true, channelPrefix, env });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await database?.drop();
  });

  it('counts requests to every instance together', async () => {
    const statuses = [];
    for (const url of [first.graphqlUrl, second.graphqlUrl, first.graphqlUrl, second.graphqlUrl, first.graphqlUrl]) {
      statuses.push((await post(url, mintToken(first, 'shared@example.com'))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
