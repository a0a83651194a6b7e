import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// Every provider operation, asked by every kind of caller. A union answer reports auth
// failures as its __typename; other fields as a coded GraphQL error.
const OPERATIONS: { name: string; query: string; keyScope?: string }[] = [
  { name: 'updateAvailability', query: 'mutation { r: updateAvailability(input: { weeklyHours: [] }) { __typename } }' },
  { name: 'generateSlots', query: 'mutation { r: generateSlots(input: { from: "2030-01-01", to: "2030-01-01" }) { __typename } }' },
  { name: 'updateBookingPolicy', query: 'mutation { r: updateBookingPolicy(input: {}) { __typename } }' },
  { name: 'setDateOverride', query: 'mutation { r: setDateOverride(input: { date: "2030-01-01", hours: [] }) { __typename } }' },
  { name: 'removeDateOverride', query: 'mutation { r: removeDateOverride(date: "2030-01-01") { __typename } }' },
  { name: 'setSlotBlocked', query: 'mutation { r: setSlotBlocked(input: { slotId: "00000000-0000-4000-8000-000000000000", blocked: true }) { __typename } }' },
  {
    name: 'setAppointmentStatus',
    query: 'mutation { r: setAppointmentStatus(input: { id: "00000000-0000-4000-8000-000000000000", status: COMPLETED }) { __typename } }',
  },
  { name: 'createApiKey', query: 'mutation { r: createApiKey(input: { name: "x", scopes: [APPOINTMENTS_READ] }) { __typename } }' },
  { name: 'revokeApiKey', query: 'mutation { r: revokeApiKey(id: "00000000-0000-4000-8000-000000000000") { __typename } }' },
  { name: 'updateProviderProfile', query: 'mutation { r: updateProviderProfile(input: {}) { __typename } }' },
  { name: 'previewSlotGeneration', query: '{ r: previewSlotGeneration(input: { from: "2030-01-01", to: "2030-01-01" }) { wouldCreate } }' },
  { name: 'apiKeys', query: '{ r: apiKeys { id } }' },
  { name: 'providerSlots', query: '{ r: providerSlots(from: "2030-01-01T00:00:00Z", to: "2030-01-08T00:00:00Z") { id } }' },
  { name: 'availability', query: '{ r: availability { slotMinutes } }', keyScope: 'AVAILABILITY_READ' },
  { name: 'appointments', query: '{ r: appointments { edges { cursor } } }', keyScope: 'APPOINTMENTS_READ' },
  { name: 'analytics', query: '{ r: analytics(from: "2030-01-01T00:00:00Z", to: "2030-02-01T00:00:00Z") { appointments } }', keyScope: 'APPOINTMENTS_READ' },
];

type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN';

async function outcome(server: TestServer, query: string, authorization?: string): Promise<Outcome> {
  const response = await graphql(server.graphqlUrl, query, {}, authorization);
  const code = response.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  const typename = (response.data?.r as { __typename?: string } | undefined)?.__typename;
  if (typename === 'UnauthenticatedError') return 'UNAUTHENTICATED';
  if (typename === 'ForbiddenError') return 'FORBIDDEN';
  if (response.errors) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
  return 'allowed';
}

let server: TestServer;
let provider: string;
let client: string;
const keys: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  provider = await signIn(server.graphqlUrl, 'provider@example.com');
  client = await signIn(server.graphqlUrl, 'matrix@example.com');
  for (const scope of ['AVAILABILITY_READ', 'APPOINTMENTS_READ', 'APPOINTMENTS_WRITE']) {
    const created = await graphql(
      server.graphqlUrl,
      'mutation($s: [ApiScope!]!) { createApiKey(input: { name: "matrix", scopes: $s }) { ... on CreateApiKeySuccess { secret } } }',
      { s: [scope] },
      provider,
    );
    keys[scope] = `ApiKey ${created.data!.createApiKey.secret}`;
  }
});

afterAll(() => server?.stop());

describe.each(OPERATIONS)('$name', ({ query, keyScope }) => {
  it('is refused to anonymous callers and clients, allowed to the provider', async () => {
    expect(await outcome(server, query)).toBe('UNAUTHENTICATED');
    expect(await outcome(server, query, client)).toBe('FORBIDDEN');
    expect(await outcome(server, query, provider)).toBe('allowed');
  });

  it('answers API keys by their scopes', async () => {
    for (const [scope, key] of Object.entries(keys)) {
      expect(await outcome(server, query, key), scope).toBe(scope === keyScope ? 'allowed' : 'FORBIDDEN');
    }
  });
});
