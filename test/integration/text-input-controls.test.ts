import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { textArguments, type TextArgument } from '../text-arguments.js';

// Free text that may hold several lines; every other text argument is a single line.
const MULTI_LINE = new Set(['bookAppointment input.notes', 'cancelAppointment input.reason']);

const ANYWHERE = {
  NUL: 'before\u0000after',
  'a C0 control (escape)': 'before\u001b[31mafter',
  'a C1 control': 'before\u009bafter',
  'a lone surrogate': 'before\ud800after',
};
const SINGLE_LINE_ONLY = { 'a line feed': 'first\nBcc: x@example.com', 'a carriage return': 'first\rsecond', 'a tab': 'before\tafter' };

let server: TestServer;
let provider: string;
let targets: TextArgument[];

beforeAll(async () => {
  server = await startTestServer();
  provider = await signIn(server.graphqlUrl, 'provider@example.com');
  const introspection = await graphql<IntrospectionQuery>(server.graphqlUrl, getIntrospectionQuery());
  targets = textArguments(buildClientSchema(introspection.data!));
});

afterAll(() => server?.stop());

/** What went wrong when `value` was sent to `target`, or null when it was refused as it should be. */
async function problemWith(target: TextArgument, value: string): Promise<string | null> {
  const response = await graphql(server.graphqlUrl, target.query, target.variables(value), provider);
  const where = `${target.mutation} ${target.path}`;
  if (response.status !== 200) return `${where}: HTTP ${response.status}`;
  if (target.returnsUnion) {
    const result = response.data?.[target.mutation];
    if (response.errors) return `${where}: top-level error ${response.errors[0]!.message}`;
    if (result.__typename !== 'ValidationError' || result.code !== 'VALIDATION') return `${where}: ${result.__typename}`;
    const paths = result.fields.map((field: { path: string }) => field.path);
    return paths.includes(target.path) ? null : `${where}: fields ${paths.join(', ')}`;
  }
  // Outside the contract's unions (devSignIn), a refusal is a coded error that names the field.
  const error = response.errors?.[0];
  if (error?.extensions?.code !== 'VALIDATION') return `${where}: ${error ? `${String(error.extensions?.code)} ${error.message}` : 'accepted'}`;
  const paths = ((error.extensions.fields ?? []) as { path: string }[]).map((field) => field.path);
  return paths.includes(target.path) ? null : `${where}: fields ${paths.join(', ')}`;
}

async function expectAllRefused(selected: TextArgument[], value: string) {
  const problems: string[] = [];
  for (const target of selected) {
    const problem = await problemWith(target, value);
    if (problem) problems.push(problem);
  }
  expect(problems).toEqual([]);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}

describe('control characters in text inputs', () => {
  it('finds the text arguments of every mutation in the schema', () => {
    const names = targets.map((target) => `${target.mutation} ${target.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'bookAppointment input.notes',
        'cancelAppointment input.reason',
        'createApiKey input.name',
        'devSignIn name',
        'updateMyProfile input.name',
        'updateProviderProfile input.headline',
        'setDateOverride input.note',
        'setDateOverride input.hours.0.start',
        'updateAvailability input.weeklyHours.0.end',
      ]),
    );
    expect(names.filter((name) => MULTI_LINE.has(name))).toHaveLength(MULTI_LINE.size);
  });

  for (const [kind, value] of Object.entries(ANYWHERE)) {
    it(`refuses ${kind} in every text argument with a ValidationError naming it`, async () => {
      await expectAllRefused(targets, value);
    });
  }

  for (const [kind, value] of Object.entries(SINGLE_LINE_ONLY)) {
    it(`refuses ${kind} in every single-line text argument`, async () => {
      await expectAllRefused(
        targets.filter((target) => !MULTI_LINE.has(`${target.mutation} ${target.path}`)),
        value,
      );
    });
  }

  it('keeps serving afterwards', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const policy = await graphql(server.graphqlUrl, '{ bookingPolicy { slotMinutes } }');
    expect(policy.data).toEqual({ bookingPolicy: { slotMinutes: 30 } });
  });
});
