import { afterAll, beforeAll, expect, it } from 'vitest';
import { prepareSlots, signIn, WEEKDAYS_NINE_TO_FIVE } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// A fixed clock: bookings made "now" (Monday 4 January 2027, 06:00 UTC) for the days after.
let now = new Date('2027-01-04T06:00:00Z');
let server: TestServer;
let provider: string;

const ANALYTICS = `query($from: DateTime!, $to: DateTime!) { analytics(from: $from, to: $to) {
  appointments completed cancelled noShows cancellationRate noShowRate offeredSlots bookedSlots utilization
  leadTimeHoursMedian perWeek { weekStart booked cancelled } byWeekday { weekday count } byHour { hour count } } }`;

beforeAll(async () => {
  server = await startTestServer({ now: () => now });
  provider = await prepareSlots(server.graphqlUrl, { from: '2027-01-05', to: '2027-01-12' }, WEEKDAYS_NINE_TO_FIVE);
  const client = await signIn(server.graphqlUrl, 'stats@example.com');
  const slots = (await graphql(server.graphqlUrl, 'query { availableSlots(from: "2027-01-05T00:00:00Z", to: "2027-01-13T00:00:00Z") { id startTime } }')).data!
    .availableSlots;
  // Tuesday 5th 09:00 and 09:30, Wednesday 6th 09:00 local; Tuesday 12th 10:00 (next week).
  const picks = [slots[0], slots[1], slots[14], slots.find((slot: { startTime: string }) => slot.startTime === '2027-01-12T09:00:00.000Z')];
  const ids: string[] = [];
  for (const slot of picks) {
    const booked = await graphql(
      server.graphqlUrl,
      'mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { ... on BookAppointmentSuccess { appointment { id } } } }',
      { id: slot.id },
      client,
    );
    ids.push(booked.data!.bookAppointment.appointment.id);
  }
  await graphql(server.graphqlUrl, 'mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename } }', { id: ids[1] }, client);
  now = new Date('2027-01-07T12:00:00Z');
  await graphql(server.graphqlUrl, 'mutation($id: ID!) { setAppointmentStatus(input: { id: $id, status: NO_SHOW }) { __typename } }', { id: ids[0] }, provider);
  await graphql(
    server.graphqlUrl,
    'mutation($id: ID!) { setAppointmentStatus(input: { id: $id, status: COMPLETED }) { __typename } }',
    { id: ids[2] },
    provider,
  );
});

afterAll(() => server?.stop());

it('counts volume, utilization, rates, busy times and lead time in the provider zone', async () => {
  const response = await graphql(server.graphqlUrl, ANALYTICS, { from: '2027-01-04T00:00:00Z', to: '2027-01-18T00:00:00Z' }, provider);
  expect(response.errors).toBeUndefined();
  expect(response.data!.analytics).toEqual({
    appointments: 4,
    completed: 1,
    cancelled: 1,
    noShows: 1,
    cancellationRate: 0.25,
    noShowRate: 0.5,
    offeredSlots: 6 * 14,
    bookedSlots: 3,
    utilization: Math.round((3 / 84) * 1000) / 1000,
    leadTimeHoursMedian: expect.any(Number),
    perWeek: [
      { weekStart: '2027-01-04', booked: 2, cancelled: 1 },
      { weekStart: '2027-01-11', booked: 1, cancelled: 0 },
    ],
    byWeekday: [
      { weekday: 2, count: 2 },
      { weekday: 3, count: 1 },
    ],
    byHour: [
      { hour: 9, count: 2 },
      { hour: 10, count: 1 },
    ],
  });
  // Booked at 06:00 UTC on the 4th: the 09:00 local (08:00 UTC) Tuesday slot is 26 hours ahead.
  expect(response.data!.analytics.leadTimeHoursMedian).toBeGreaterThan(26);
});

it('is refused to clients with FORBIDDEN', async () => {
  const client = await signIn(server.graphqlUrl, 'curious@example.com');
  const response = await graphql(server.graphqlUrl, ANALYTICS, { from: '2027-01-04T00:00:00Z', to: '2027-01-18T00:00:00Z' }, client);
  expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
