import { fromZonedTime } from 'date-fns-tz';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { collect, graphql, wsClient } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';

// Marking a day off or changing the weekly hours changes the slots already generated at once,
// after a preview with the same counts, and every open calendar hears of it.

const SUMMARY = 'opened closed bookedOutsideHours { id user { email } }';
const PREVIEW_DAY = `query($input: SetDateOverrideInput!) { previewDateOverride(input: $input) { ${SUMMARY} } }`;
const SET_DAY = `mutation($input: SetDateOverrideInput!) { setDateOverride(input: $input) {
  __typename ... on DateOverrideSuccess { date slots { ${SUMMARY} } } ... on Error { message } } }`;
const REMOVE_DAY = `mutation($date: String!) { removeDateOverride(date: $date) {
  __typename ... on DateOverrideSuccess { slots { ${SUMMARY} } } } }`;
const PREVIEW_HOURS = `query($input: UpdateAvailabilityInput!) { previewAvailabilityChange(input: $input) { ${SUMMARY} } }`;
const SAVE_HOURS = `mutation($input: UpdateAvailabilityInput!) { updateAvailability(input: $input) {
  __typename ... on UpdateAvailabilitySuccess { slots { ${SUMMARY} } } } }`;
const SLOTS_CHANGED = `subscription($from: DateTime!, $to: DateTime!) { slotsChanged(from: $from, to: $to) { id isAvailable } }`;
const BOOK = `mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename ... on BookAppointmentSuccess { appointment { id } } } }`;

type SlotEvent = { slotsChanged: { id: string; isAvailable: boolean } };

describe('a change of hours changes the slots already generated', () => {
  let server: TestServer;
  let provider: string;
  let day: string;
  const dayWindow = () => ({ from: fromZonedTime(`${day}T00:00`, 'Europe/Luxembourg'), to: fromZonedTime(`${day}T23:59:59`, 'Europe/Luxembourg') });

  beforeAll(async () => {
    server = await startTestServer();
    // 09:00-12:00 and 13:00-17:00 every day: 14 slots a day.
    provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(2, server.now()), to: luxembourgDate(4, server.now()) });
    day = luxembourgDate(3, server.now());
  });
  afterAll(() => server?.stop());

  it('a day off closes the free slots after a preview with the same counts, keeps the booked one, and calendars see it live', async () => {
    const { from, to } = dayWindow();
    const slots = await freeSlots(server.graphqlUrl, from, to);
    expect(slots).toHaveLength(14);
    const client = await signIn(server.graphqlUrl, 'kept@example.com');
    const booked = await graphql(server.graphqlUrl, BOOK, { id: slots[3]!.id }, client);
    const appointmentId = booked.data!.bookAppointment.appointment.id as string;
    const expected = { opened: 0, closed: 13, bookedOutsideHours: [{ id: appointmentId, user: { email: 'kept@example.com' } }] };

    const preview = await graphql(server.graphqlUrl, PREVIEW_DAY, { input: { date: day, hours: [] } }, provider);
    expect(preview.data?.previewDateOverride).toEqual(expected);
    expect(await freeSlots(server.graphqlUrl, from, to)).toHaveLength(13);

    const ws = wsClient(server.wsUrl);
    const feed = collect<SlotEvent>(ws, SLOTS_CHANGED, { from: from.toISOString(), to: to.toISOString() });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const saved = await graphql(server.graphqlUrl, SET_DAY, { input: { date: day, hours: [], note: 'Holiday' } }, provider);
      expect(saved.data?.setDateOverride).toEqual({ __typename: 'DateOverrideSuccess', date: day, slots: expected });
      await feed.until((events) => events.length >= 13);
      expect(feed.events.every((event) => !event.slotsChanged.isAvailable)).toBe(true);
      expect(new Set(feed.events.map((event) => event.slotsChanged.id)).size).toBe(13);
    } finally {
      feed.stop();
      await ws.dispose();
    }
    expect(await freeSlots(server.graphqlUrl, from, to)).toEqual([]);
    // The other days keep their slots.
    expect(await freeSlots(server.graphqlUrl, new Date(to.getTime() + 1), new Date(to.getTime() + 86_400_000))).toHaveLength(14);

    const removed = await graphql(server.graphqlUrl, REMOVE_DAY, { date: day }, provider);
    expect(removed.data?.removeDateOverride.slots).toMatchObject({ opened: 13, closed: 0 });
    expect(await freeSlots(server.graphqlUrl, from, to)).toHaveLength(13);
  });

  it('new weekly hours close and open slots on the generated dates, after a preview with the same counts', async () => {
    const mornings = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '12:00' }));
    const input = { weeklyHours: mornings, slotMinutes: 30, timezone: 'Europe/Luxembourg' };
    const preview = await graphql(server.graphqlUrl, PREVIEW_HOURS, { input }, provider);
    // Three days lose their 8 afternoon slots each.
    expect(preview.data?.previewAvailabilityChange).toMatchObject({ opened: 0, closed: 24 });
    const saved = await graphql(server.graphqlUrl, SAVE_HOURS, { input }, provider);
    expect(saved.data?.updateAvailability.slots).toEqual(preview.data?.previewAvailabilityChange);
    const { from, to } = dayWindow();
    expect(await freeSlots(server.graphqlUrl, from, to)).toHaveLength(5);
  });

  it('answers previews only to the provider, and names invalid hours by field', async () => {
    const client = await signIn(server.graphqlUrl, 'curious@example.com');
    const refused = await graphql(server.graphqlUrl, PREVIEW_DAY, { input: { date: day, hours: [] } }, client);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const invalid = await graphql(server.graphqlUrl, PREVIEW_DAY, { input: { date: day, hours: [{ start: '12:00', end: '09:00' }] } }, provider);
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'input.hours.0.end' }] });
  });
});
