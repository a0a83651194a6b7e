import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

let server: TestServer;
let provider: string;

const PROFILE = '{ providerProfile { displayName headline timezone contactEmail phone website location } }';
const UPDATE = `mutation($input: UpdateProviderProfileInput!) { updateProviderProfile(input: $input) {
  __typename ... on UpdateProviderProfileSuccess { profile { displayName contactEmail phone website location } } ... on ValidationError { fields { path } } ... on Error { code } } }`;

beforeAll(async () => {
  server = await startTestServer();
  provider = await signIn(server.graphqlUrl, 'provider@example.com', 'Claire Weber');
});

afterAll(() => server?.stop());

it('shows the provider account name until a display name is set', async () => {
  expect((await graphql(server.graphqlUrl, PROFILE)).data!.providerProfile).toEqual({
    displayName: 'Claire Weber',
    headline: null,
    timezone: 'Europe/Luxembourg',
    contactEmail: null,
    phone: null,
    website: null,
    location: null,
  });
});

it('lets the provider edit it, validates each field, and clears fields given empty', async () => {
  const saved = await graphql(
    server.graphqlUrl,
    UPDATE,
    {
      input: {
        displayName: 'Dr. Claire Weber',
        contactEmail: 'office@weber.example',
        phone: '+352 621 123 456',
        website: 'https://weber.example',
        location: '  12 rue Notre-Dame, 2240 Luxembourg ',
      },
    },
    provider,
  );
  expect(saved.data!.updateProviderProfile.profile).toEqual({
    displayName: 'Dr. Claire Weber',
    contactEmail: 'office@weber.example',
    phone: '+352 621 123 456',
    website: 'https://weber.example',
    location: '12 rue Notre-Dame, 2240 Luxembourg',
  });
  const invalid = await graphql(
    server.graphqlUrl,
    UPDATE,
    { input: { contactEmail: 'nope', website: 'ftp://x', timezone: 'Moon/Base', location: 'Floor 2\r\nBcc: x@example.com' } },
    provider,
  );
  expect(invalid.data!.updateProviderProfile.fields.map((field: { path: string }) => field.path).sort()).toEqual([
    'input.contactEmail',
    'input.location',
    'input.timezone',
    'input.website',
  ]);
  expect((await graphql(server.graphqlUrl, UPDATE, { input: { location: 'x'.repeat(201) } }, provider)).data!.updateProviderProfile.fields).toEqual([
    { path: 'input.location' },
  ]);
  const cleared = await graphql(server.graphqlUrl, UPDATE, { input: { phone: '', location: '' } }, provider);
  expect(cleared.data!.updateProviderProfile.profile.phone).toBeNull();
  expect(cleared.data!.updateProviderProfile.profile.location).toBeNull();
  expect((await graphql(server.graphqlUrl, PROFILE)).data!.providerProfile.displayName).toBe('Dr. Claire Weber');
});

it('is edited by the provider only', async () => {
  const client = await signIn(server.graphqlUrl, 'nosy@example.com');
  expect((await graphql(server.graphqlUrl, UPDATE, { input: { displayName: 'Me' } }, client)).data!.updateProviderProfile.__typename).toBe('ForbiddenError');
});
