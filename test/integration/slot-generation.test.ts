import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, WEEKDAYS_NINE_TO_FIVE } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// The server's clock is set to the start of 2027 so that both 2027 DST changes lie ahead.
const NOW = new Date('2027-01-04T06:00:00Z');
const GENERATE = `mutation($from: String!, $to: String!) {
  generateSlots(input: { from: $from, to: $to }) { __typename ... on GenerateSlotsSuccess { created skipped } ... on Error { message } }
}`;
const SLOTS = 'query($from: DateTime!, $to: DateTime!) { availableSlots(from: $from, to: $to) { startTime endTime } }';

let server: TestServer;
let provider: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => NOW });
  provider = await signIn(server.graphqlUrl, 'provider@example.com');
  const hours = await graphql(
    server.graphqlUrl,
    'mutation($input: UpdateAvailabilityInput!) { updateAvailability(input: $input) { __typename } }',
    { input: { weeklyHours: WEEKDAYS_NINE_TO_FIVE, slotMinutes: 30, timezone: 'Europe/Luxembourg' } },
    provider,
  );
  expect(hours.data!.updateAvailability.__typename).toBe('UpdateAvailabilitySuccess');
});

afterAll(() => server?.stop());

describe('generateSlots', () => {
  it('keeps 09:00 Luxembourg time across the spring change of 2027-03-28', async () => {
    const generated = await graphql(server.graphqlUrl, GENERATE, { from: '2027-03-26', to: '2027-03-29' }, provider);
    // Friday and Monday, 14 slots each; the weekend has no hours.
    expect(generated.data!.generateSlots).toEqual({ __typename: 'GenerateSlotsSuccess', created: 28, skipped: 0 });
    const slots = (await graphql(server.graphqlUrl, SLOTS, { from: '2027-03-26T00:00:00Z', to: '2027-03-30T00:00:00Z' })).data!.availableSlots;
    expect(slots[0]).toEqual({ startTime: '2027-03-26T08:00:00.000Z', endTime: '2027-03-26T08:30:00.000Z' });
    expect(slots[14]).toEqual({ startTime: '2027-03-29T07:00:00.000Z', endTime: '2027-03-29T07:30:00.000Z' });
  });

  it('keeps 09:00 Luxembourg time across the autumn change of 2027-10-31', async () => {
    await graphql(server.graphqlUrl, GENERATE, { from: '2027-10-29', to: '2027-11-01' }, provider);
    const slots = (await graphql(server.graphqlUrl, SLOTS, { from: '2027-10-29T00:00:00Z', to: '2027-11-02T00:00:00Z' })).data!.availableSlots;
    expect(slots).toHaveLength(28);
    expect(slots[0].startTime).toBe('2027-10-29T07:00:00.000Z');
    expect(slots[14].startTime).toBe('2027-11-01T08:00:00.000Z');
    expect(slots[27].endTime).toBe('2027-11-01T16:00:00.000Z');
  });

  it('previews what it would create without writing anything', async () => {
    const preview = await graphql(
      server.graphqlUrl,
      `
        query ($input: GenerateSlotsInput!) {
          previewSlotGeneration(input: $input) {
            wouldCreate
            alreadyThere
            inThePast
            sample {
              startTime
            }
          }
        }
      `,
      { input: { from: '2027-03-26', to: '2027-03-30' } },
      provider,
    );
    // The 26th and 29th exist already; the 30th (a Tuesday) is new.
    expect(preview.data!.previewSlotGeneration).toMatchObject({ wouldCreate: 14, alreadyThere: 28, inThePast: 0 });
    expect(preview.data!.previewSlotGeneration.sample[0]).toEqual({ startTime: '2027-03-30T07:00:00.000Z' });
    const still = await graphql(server.graphqlUrl, SLOTS, { from: '2027-03-30T00:00:00Z', to: '2027-03-31T00:00:00Z' });
    expect(still.data!.availableSlots).toEqual([]);
  });

  it('is idempotent: a second run creates nothing and counts what it skipped', async () => {
    const again = await graphql(server.graphqlUrl, GENERATE, { from: '2027-03-26', to: '2027-03-29' }, provider);
    expect(again.data!.generateSlots).toEqual({ __typename: 'GenerateSlotsSuccess', created: 0, skipped: 28 });
  });

  it('skips slots that would overlap existing ones after the slot length changes', async () => {
    await graphql(
      server.graphqlUrl,
      'mutation($input: UpdateAvailabilityInput!) { updateAvailability(input: $input) { __typename } }',
      { input: { weeklyHours: WEEKDAYS_NINE_TO_FIVE, slotMinutes: 45 } },
      provider,
    );
    const result = await graphql(server.graphqlUrl, GENERATE, { from: '2027-03-26', to: '2027-03-26' }, provider);
    // 45-minute slots (4 in the morning, 5 in the afternoon) all overlap the existing 30-minute ones.
    expect(result.data!.generateSlots).toEqual({ __typename: 'GenerateSlotsSuccess', created: 0, skipped: 9 });
    const policy = await graphql(server.graphqlUrl, '{ availability { slotMinutes timezone weeklyHours { weekday start end } } }', {}, provider);
    expect(policy.data!.availability.slotMinutes).toBe(45);
    expect(policy.data!.availability.weeklyHours.slice(0, 2)).toEqual([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:00' },
    ]);
    await graphql(
      server.graphqlUrl,
      'mutation($input: UpdateAvailabilityInput!) { updateAvailability(input: $input) { __typename } }',
      { input: { weeklyHours: WEEKDAYS_NINE_TO_FIVE, slotMinutes: 30 } },
      provider,
    );
  });

  it('creates a whole year at once, with concurrent runs never duplicating a slot', async () => {
    const runs = await Promise.all([
      graphql(server.graphqlUrl, GENERATE, { from: '2027-01-05', to: '2028-01-04' }, provider),
      graphql(server.graphqlUrl, GENERATE, { from: '2027-01-05', to: '2028-01-04' }, provider),
    ]);
    const results = runs.map((run) => run.data!.generateSlots);
    const total = results[0].created + results[0].skipped;
    expect(results[1].created + results[1].skipped).toBe(total);
    // 261 weekdays from 2027-01-05 to 2028-01-04; the 2 x 28 generated above already exist.
    expect(total).toBe(261 * 14);
    expect(results[0].created + results[1].created).toBe(261 * 14 - 56);
  });
});
