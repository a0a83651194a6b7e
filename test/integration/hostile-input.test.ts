import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

let server: TestServer;
let client: string;

beforeAll(async () => {
  server = await startTestServer();
  client = await signIn(server.graphqlUrl, 'mallory@example.com');
});

afterAll(() => server?.stop());

const stillServing = async () => {
  const response = await graphql(server.graphqlUrl, '{ bookingPolicy { slotMinutes } }');
  expect(response.data).toEqual({ bookingPolicy: { slotMinutes: 30 } });
};

describe('bad input gets clear errors and the server keeps serving', () => {
  it('malformed dates', async () => {
    const response = await graphql(server.graphqlUrl, 'query($f: DateTime!, $t: DateTime!) { availableSlots(from: $f, to: $t) { id } }', {
      f: 'next tuesday',
      t: '2030-01-01T00:00:00Z',
    });
    expect(response.errors?.[0]?.message).toMatch(/DateTime must be an RFC 3339 string/);
    const impossible = await graphql(server.graphqlUrl, '{ availableSlots(from: "2030-02-30T00:00:00Z", to: "2030-03-01T00:00:00Z") { id } }');
    expect(impossible.errors?.[0]?.message).toMatch(/not a real date|RFC 3339/);
    await stillServing();
  });

  it('a window over 62 days or reversed', async () => {
    const tooLong = await graphql(server.graphqlUrl, '{ availableSlots(from: "2030-01-01T00:00:00Z", to: "2030-04-01T00:00:00Z") { id } }');
    expect(tooLong.errors?.[0]).toMatchObject({ message: 'The window can span at most 62 days.', extensions: { code: 'VALIDATION' } });
    const reversed = await graphql(server.graphqlUrl, '{ availableSlots(from: "2030-01-02T00:00:00Z", to: "2030-01-01T00:00:00Z") { id } }');
    expect(reversed.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it('huge notes are refused as a field error, not stored', async () => {
    const response = await graphql(
      server.graphqlUrl,
      'mutation($n: String) { bookAppointment(input: { slotId: "00000000-0000-4000-8000-000000000000", notes: $n }) { __typename ... on ValidationError { fields { path } } } }',
      { n: 'n'.repeat(100_000) },
      client,
    );
    expect(response.data!.bookAppointment).toEqual({ __typename: 'ValidationError', fields: [{ path: 'input.notes' }] });
  });

  it('control characters in a search are refused as a coded error, not a 500', async () => {
    const response = await graphql(
      server.graphqlUrl,
      'query($s: String) { myAppointments(filter: { search: $s }) { edges { node { id } } } }',
      { s: 'budget\u0000' },
      client,
    );
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'filter.search' }] });
    await stillServing();
  });

  it('dates in years that overflow are refused, not a 500', async () => {
    const provider = await signIn(server.graphqlUrl, 'provider@example.com');
    const generate = await graphql(
      server.graphqlUrl,
      'mutation { generateSlots(input: { from: "9999-12-01", to: "9999-12-31" }) { __typename ... on ValidationError { fields { path message } } } }',
      {},
      provider,
    );
    expect(generate.errors).toBeUndefined();
    expect(generate.data!.generateSlots.fields).toEqual([
      { path: 'input.from', message: 'Dates must lie between 2000-01-01 and 2100-12-31.' },
      { path: 'input.to', message: 'Dates must lie between 2000-01-01 and 2100-12-31.' },
    ]);
    const preview = await graphql(
      server.graphqlUrl,
      '{ previewSlotGeneration(input: { from: "9999-12-01", to: "9999-12-31" }) { wouldCreate } }',
      {},
      provider,
    );
    expect(preview.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    await stillServing();
  });

  it('a request body over 1 MB is refused with 413', async () => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { padding: 'p'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    await stillServing();
  });

  it('depth bombs', async () => {
    const bomb = `{ __schema { types { fields { type ${'{ ofType '.repeat(40)}{ name }${' }'.repeat(40)} } } } }`;
    const response = await graphql(server.graphqlUrl, bomb);
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
    // The standard introspection query used by GraphiQL and code generators stays allowed.
    const introspection = await graphql(server.graphqlUrl, getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    await stillServing();
  });

  it('alias bombs', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: bookingPolicy { slotMinutes }`).join(' ');
    const response = await graphql(server.graphqlUrl, `{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
    await stillServing();
  });

  it('cost bombs built from nested fragments', async () => {
    const fragments = Array.from({ length: 14 }, (_, i) =>
      i === 13 ? `fragment F13 on Query { bookingPolicy { slotMinutes timezone } }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    ).join(' ');
    const response = await graphql(
      server.graphqlUrl,
      `
        {
          ...F0
        }
        ${fragments}
      `,
    );
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
    await stillServing();
  });

  it('token floods', async () => {
    const fields = Array.from({ length: 2_500 }, () => 'slotMinutes').join(' ');
    const response = await graphql(server.graphqlUrl, `{ bookingPolicy { ${fields} } }`);
    expect(response.errors?.[0]?.message).toMatch(/token/i);
    await stillServing();
  });

  it('syntax errors and unknown fields', async () => {
    const broken = await graphql(server.graphqlUrl, '{ me { id ');
    expect(broken.errors?.[0]?.message).toMatch(/Syntax Error/);
    const unknown = await graphql(server.graphqlUrl, '{ secrets }');
    expect(unknown.errors?.[0]?.message).toMatch(/Cannot query field "secrets"/);
    await stillServing();
  });

  it('a body that is not JSON', async () => {
    const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(response.status).toBe(400);
    await stillServing();
  });

  it('bad weekly hours and dates for the provider, with paths', async () => {
    const provider = await signIn(server.graphqlUrl, 'provider@example.com');
    const hours = await graphql(
      server.graphqlUrl,
      `
        mutation {
          updateAvailability(input: { slotMinutes: 5, timezone: "Mars/Olympus", weeklyHours: [{ weekday: 1, start: "25:00", end: "10:00" }] }) {
            __typename
            ... on ValidationError {
              fields {
                path
                message
              }
            }
          }
        }
      `,
      {},
      provider,
    );
    expect(hours.data!.updateAvailability.__typename).toBe('ValidationError');
    expect(hours.data!.updateAvailability.fields.map((field: { path: string }) => field.path)).toEqual(['input.slotMinutes', 'input.timezone']);
    const badHours = await graphql(
      server.graphqlUrl,
      `
        mutation {
          updateAvailability(input: { weeklyHours: [{ weekday: 1, start: "25:00", end: "10:00" }] }) {
            ... on ValidationError {
              fields {
                path
                message
              }
            }
          }
        }
      `,
      {},
      provider,
    );
    expect(badHours.data!.updateAvailability.fields).toEqual([
      { path: 'input.weeklyHours.0.start', message: 'Start must be a time "HH:MM" between 00:00 and 23:59.' },
    ]);
    const dates = await graphql(
      server.graphqlUrl,
      `
        mutation {
          generateSlots(input: { from: "2030-02-30", to: "2032-01-01" }) {
            ... on ValidationError {
              fields {
                path
              }
            }
          }
        }
      `,
      {},
      provider,
    );
    expect(dates.data!.generateSlots.fields).toEqual([{ path: 'input.from' }]);
    const tooLong = await graphql(
      server.graphqlUrl,
      `
        mutation {
          generateSlots(input: { from: "2030-01-01", to: "2031-01-02" }) {
            ... on ValidationError {
              fields {
                path
                message
              }
            }
          }
        }
      `,
      {},
      provider,
    );
    expect(tooLong.data!.generateSlots.fields).toEqual([{ path: 'input.to', message: 'At most 366 days at a time.' }]);
  });
});
