import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, WEEKDAYS_NINE_TO_FIVE } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// Monday 4 January 2027, 08:00 UTC (09:00 in Luxembourg).
const NOW = new Date('2027-01-04T08:00:00Z');
let server: TestServer;
let provider: string;
let client: string;

const POLICY = `mutation($input: UpdateBookingPolicyInput!) { updateBookingPolicy(input: $input) {
  __typename ... on UpdateBookingPolicySuccess { policy { minBookingNoticeHours maxDaysAhead } } ... on ValidationError { fields { path message } } } }`;
const GENERATE = 'mutation($from: String!, $to: String!) { generateSlots(input: { from: $from, to: $to }) { ... on GenerateSlotsSuccess { created } } }';
const SLOTS = 'query($from: DateTime!, $to: DateTime!) { availableSlots(from: $from, to: $to) { id startTime } }';
const BOOK = 'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename ... on Error { message } } }';
const slotsOn = async (day: string) =>
  (await graphql(server.graphqlUrl, SLOTS, { from: `${day}T00:00:00Z`, to: `${day}T23:59:59Z` })).data!.availableSlots as { id: string; startTime: string }[];

beforeAll(async () => {
  server = await startTestServer({ now: () => NOW });
  provider = await signIn(server.graphqlUrl, 'provider@example.com');
  client = await signIn(server.graphqlUrl, 'rules@example.com');
  await graphql(
    server.graphqlUrl,
    'mutation($input: UpdateAvailabilityInput!) { updateAvailability(input: $input) { __typename } }',
    { input: { weeklyHours: WEEKDAYS_NINE_TO_FIVE, slotMinutes: 30 } },
    provider,
  );
  await graphql(server.graphqlUrl, GENERATE, { from: '2027-01-04', to: '2027-01-15' }, provider);
});

afterAll(() => server?.stop());

describe('booking window', () => {
  it('hides and refuses times inside the minimum notice', async () => {
    await graphql(server.graphqlUrl, POLICY, { input: { minBookingNoticeHours: 24 } }, provider);
    // Monday's slots are all within 24 hours; Tuesday 09:00 local is 24 h away exactly.
    expect(await slotsOn('2027-01-04')).toEqual([]);
    expect((await slotsOn('2027-01-05'))[0]!.startTime).toBe('2027-01-05T08:00:00.000Z');
    const monday = await graphql(server.graphqlUrl, 'query { availableSlots(from: "2027-01-04T00:00:00Z", to: "2027-01-05T00:00:00Z") { id } }');
    expect(monday.data!.availableSlots).toEqual([]);
  });

  it('says why a booking inside the notice is refused', async () => {
    await graphql(server.graphqlUrl, POLICY, { input: { minBookingNoticeHours: 0 } }, provider);
    const [tuesday] = await slotsOn('2027-01-05');
    await graphql(server.graphqlUrl, POLICY, { input: { minBookingNoticeHours: 48 } }, provider);
    const refused = await graphql(server.graphqlUrl, BOOK, { id: tuesday!.id }, client);
    expect(refused.data!.bookAppointment).toEqual({
      __typename: 'SlotUnavailableError',
      message: "This time is too soon: bookings need at least 48 hours' notice.",
    });
  });

  it('hides and refuses times beyond the maximum days ahead', async () => {
    await graphql(server.graphqlUrl, POLICY, { input: { minBookingNoticeHours: 0 } }, provider);
    const [far] = await slotsOn('2027-01-12');
    const policy = await graphql(server.graphqlUrl, POLICY, { input: { maxDaysAhead: 5 } }, provider);
    expect(policy.data!.updateBookingPolicy.policy).toEqual({ minBookingNoticeHours: 0, maxDaysAhead: 5 });
    expect(await slotsOn('2027-01-12')).toEqual([]);
    expect((await slotsOn('2027-01-08')).length).toBe(14);
    const refused = await graphql(server.graphqlUrl, BOOK, { id: far!.id }, client);
    expect(refused.data!.bookAppointment.message).toBe('Bookings open 5 days ahead; this time is further away.');
    await graphql(server.graphqlUrl, POLICY, { input: { maxDaysAhead: 365 } }, provider);
  });

  it('rejects rules out of range with field paths', async () => {
    const invalid = await graphql(server.graphqlUrl, POLICY, { input: { maxDaysAhead: 0, bufferMinutes: 500 } }, provider);
    expect(invalid.data!.updateBookingPolicy.fields.map((field: { path: string }) => field.path)).toEqual(['input.maxDaysAhead', 'input.bufferMinutes']);
  });
});

describe('generation rules', () => {
  it('keeps a buffer between generated slots', async () => {
    await graphql(server.graphqlUrl, POLICY, { input: { bufferMinutes: 15 } }, provider);
    await graphql(server.graphqlUrl, GENERATE, { from: '2027-01-18', to: '2027-01-18' }, provider);
    const starts = (await slotsOn('2027-01-18')).map((slot) => slot.startTime.slice(11, 16));
    // Local 09:00, 09:45, 10:30, 11:15; 13:00, 13:45, 14:30, 15:15, 16:00 (UTC+1).
    expect(starts).toEqual(['08:00', '08:45', '09:30', '10:15', '12:00', '12:45', '13:30', '14:15', '15:00']);
    await graphql(server.graphqlUrl, POLICY, { input: { bufferMinutes: 0 } }, provider);
  });

  it('follows date overrides: a holiday gets no slots, a special day its own hours', async () => {
    const SET = `mutation($input: SetDateOverrideInput!) { setDateOverride(input: $input) { __typename ... on ValidationError { fields { path } } } }`;
    expect(
      (await graphql(server.graphqlUrl, SET, { input: { date: '2027-01-19', hours: [], note: 'Holiday' } }, provider)).data!.setDateOverride.__typename,
    ).toBe('DateOverrideSuccess');
    await graphql(server.graphqlUrl, SET, { input: { date: '2027-01-20', hours: [{ start: '14:00', end: '15:00' }] } }, provider);
    const bad = await graphql(server.graphqlUrl, SET, { input: { date: '2027-01-21', hours: [{ start: '15:00', end: '14:00' }] } }, provider);
    expect(bad.data!.setDateOverride.fields).toEqual([{ path: 'input.hours.0.end' }]);

    const availability = await graphql(server.graphqlUrl, '{ availability { dateOverrides { date closed hours { start end } } } }', {}, provider);
    expect(availability.data!.availability.dateOverrides).toEqual([
      { date: '2027-01-19', closed: true, hours: [] },
      { date: '2027-01-20', closed: false, hours: [{ start: '14:00', end: '15:00' }] },
    ]);
    await graphql(server.graphqlUrl, GENERATE, { from: '2027-01-19', to: '2027-01-20' }, provider);
    expect(await slotsOn('2027-01-19')).toEqual([]);
    expect((await slotsOn('2027-01-20')).map((slot) => slot.startTime)).toEqual(['2027-01-20T13:00:00.000Z', '2027-01-20T13:30:00.000Z']);

    await graphql(server.graphqlUrl, 'mutation { removeDateOverride(date: "2027-01-19") { __typename } }', {}, provider);
    await graphql(server.graphqlUrl, GENERATE, { from: '2027-01-19', to: '2027-01-19' }, provider);
    expect(await slotsOn('2027-01-19')).toHaveLength(14);
  });
});
