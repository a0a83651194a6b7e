import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../graphql-client.js';
import { expectStillServing, startTestServer, type TestServer } from '../../test-server.js';

const QUERY = '{ bookingPolicy { slotMinutes } }';
const ask = (server: TestServer, headers: Record<string, string> = {}) =>
  fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: QUERY }) });
const statuses = async (server: TestServer, headersOf: (i: number) => Record<string, string>, count: number) => {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await ask(server, headersOf(i))).status);
  return seen;
};

describe('credentials are verified before they count', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(() => server?.stop());

  it('answers a junk credential 401 UNAUTHENTICATED, and counts junk against the address', async () => {
    const refused = await ask(server, { authorization: 'Bearer junk-0' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await refused.json()).toEqual({ errors: [{ message: 'The sign-in token is malformed.', extensions: { code: 'UNAUTHENTICATED' } }] });
    // Every new invented token is one more request from the same address, not a fresh budget.
    const seen = await statuses(server, (i) => ({ authorization: i % 2 ? `ApiKey sk_junk_${i}` : `Bearer junk-${i + 1}` }), 6);
    expect(seen).toEqual([401, 401, 401, 401, 429, 429]);
    const anonymous = await ask(server);
    expect(anonymous.status).toBe(429);
    await expectStillServing(server);
  });

  it('counts one person once however their token is padded or cased', async () => {
    const token = server.app.services.devTokens!.sign({ email: 'padded@example.com', name: null });
    const spellings = [`Bearer ${token}`, `bearer ${token}`, `BEARER   ${token}`, ` Bearer ${token} `, `Bearer\t${token}`, `bEaReR ${token}  `];
    expect(await statuses(server, (i) => ({ authorization: spellings[i]! }), 6)).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('client addresses behind a proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_PER_MINUTE: '5', TRUST_PROXY: '1' } });
  });
  afterAll(() => server?.stop());

  it('uses the right-most address our one proxy added, not what the client wrote before it', async () => {
    const spoofed = await statuses(server, (i) => ({ 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` }), 6);
    expect(spoofed).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await ask(server, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
  });
});

describe('operation cost counts list sizes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  const window = (alias: string, days: number) =>
    `${alias}: availableSlots(from: "2030-01-01T00:00:00Z", to: "${new Date(Date.UTC(2030, 0, 1 + days)).toISOString()}") { id startTime endTime isAvailable }`;

  it('answers one 62-day window', async () => {
    const response = await graphql(server.graphqlUrl, `{ ${window('a', 62)} }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.a).toEqual([]);
  });

  it('refuses ten aliased 62-day windows before running any of them', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => window(`w${i}`, 62)).join(' ');
    const response = await graphql(server.graphqlUrl, `{ ${aliases} }`);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(response.errors?.[0]?.message).toMatch(/too expensive \(cost \d+, at most 20000\)/);
  });

  it('still answers a week of slots beside the provider profile, as the booking page asks', async () => {
    const response = await graphql(server.graphqlUrl, `{ ${window('week', 7)} bookingPolicy { slotMinutes } }`);
    expect(response.errors).toBeUndefined();
  });
});
