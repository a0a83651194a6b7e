import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

const SET_INITIAL = `mutation($zone: String!) { setInitialTimeZone(input: { timezone: $zone }) {
  __typename
  ... on SetInitialTimeZoneSuccess { adopted user { id timezone } }
  ... on ValidationError { code message fields { path message } }
} }`;
const UPDATE = `mutation($zone: String!) { updateMyProfile(input: { timezone: $zone }) {
  __typename ... on UpdateMyProfileSuccess { user { timezone } } ... on ValidationError { code fields { path message } } } }`;
const ME = 'query { me { timezone } }';
const BOOK = `mutation($id: ID!) { bookAppointment(input: { slotId: $id }) { __typename ... on BookAppointmentSuccess { appointment { id startTime } } } }`;
const EMAILS = 'query { emails(first: 20) { edges { node { kind to status subject html text } } } }';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(5, server.now()) });
});

afterAll(() => server?.stop());

const zoneOf = async (token: string) => (await graphql(server.graphqlUrl, ME, {}, token)).data!.me.timezone as string;

describe("a client's time zone", () => {
  it('is taken from the first sign-in, and a later sign-in from elsewhere does not replace it', async () => {
    const token = await signIn(server.graphqlUrl, 'kenji@example.com', 'Kenji');
    const first = await graphql(server.graphqlUrl, SET_INITIAL, { zone: 'Asia/Tokyo' }, token);
    expect(first.data!.setInitialTimeZone).toMatchObject({ __typename: 'SetInitialTimeZoneSuccess', adopted: true, user: { timezone: 'Asia/Tokyo' } });
    expect(await zoneOf(token)).toBe('Asia/Tokyo');

    // Travelling: the browser now says New York; the saved zone stays until the person changes it.
    const again = await graphql(server.graphqlUrl, SET_INITIAL, { zone: 'America/New_York' }, await signIn(server.graphqlUrl, 'kenji@example.com'));
    expect(again.data!.setInitialTimeZone).toMatchObject({ adopted: false, user: { timezone: 'Asia/Tokyo' } });
    expect(await zoneOf(token)).toBe('Asia/Tokyo');
  });

  it('chosen in the settings before the first zone arrives is kept too, and names are stored as the zone database spells them', async () => {
    const token = await signIn(server.graphqlUrl, 'rosa@example.com');
    const updated = await graphql(server.graphqlUrl, UPDATE, { zone: 'america/new_york' }, token);
    expect(updated.data!.updateMyProfile.user.timezone).toBe('America/New_York');
    const initial = await graphql(server.graphqlUrl, SET_INITIAL, { zone: 'Europe/Berlin' }, token);
    expect(initial.data!.setInitialTimeZone).toMatchObject({ adopted: false, user: { timezone: 'America/New_York' } });
  });

  it('refuses a zone that is not in the time zone database with a typed error, and needs a sign-in', async () => {
    const token = await signIn(server.graphqlUrl, 'mars@example.com');
    for (const zone of ['Mars/Olympus_Mons', '+05:00', '', 'x'.repeat(300)]) {
      const answer = (await graphql(server.graphqlUrl, SET_INITIAL, { zone }, token)).data!.setInitialTimeZone;
      expect(answer).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION', fields: [{ path: 'input.timezone' }] });
      const update = (await graphql(server.graphqlUrl, UPDATE, { zone }, token)).data!.updateMyProfile;
      expect(update).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION' });
    }
    expect(await zoneOf(token)).toBe('Europe/Luxembourg');
    const anonymous = await graphql(server.graphqlUrl, SET_INITIAL, { zone: 'Asia/Tokyo' });
    expect(anonymous.data!.setInitialTimeZone.__typename).toBe('UnauthenticatedError');
  });

  it("writes each client's e-mails in their own zone, and the provider's in the practice's", async () => {
    const slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const provider = await signIn(server.graphqlUrl, 'provider@example.com');
    // The provider's own account may hold any zone: their e-mails follow the practice (Europe/Luxembourg).
    await graphql(server.graphqlUrl, UPDATE, { zone: 'Pacific/Auckland' }, provider);
    const people = [
      { email: 'tokyo@example.com', zone: 'Asia/Tokyo', city: 'Tokyo' },
      { email: 'newyork@example.com', zone: 'America/New_York', city: 'New York' },
    ];
    for (const [index, person] of people.entries()) {
      const token = await signIn(server.graphqlUrl, person.email);
      await graphql(server.graphqlUrl, SET_INITIAL, { zone: person.zone }, token);
      const booked = (await graphql(server.graphqlUrl, BOOK, { id: slots[index * 2]!.id }, token)).data!.bookAppointment;
      expect(booked.__typename).toBe('BookAppointmentSuccess');
      const start = new Date(booked.appointment.startTime as string);
      const local = (zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(start);
      const offset = (zone: string) =>
        new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(start).find((part) => part.type === 'timeZoneName')!
          .value;

      const email = await waitFor(async () => {
        const edges = (await graphql(server.graphqlUrl, EMAILS, {}, token)).data!.emails.edges as { node: Record<string, string> }[];
        return edges.map((edge) => edge.node).find((node) => node.kind === 'BOOKING_CONFIRMED' && node.subject);
      });
      expect(email.to).toBe(person.email);
      expect(email.subject).toContain(`at ${local(person.zone)} ${person.city} time`);
      expect(email.text).toContain(`${local(person.zone)}–`);
      expect(email.text).toContain(`${person.city} time (${offset(person.zone)})`);
      expect(email.text).not.toContain('Luxembourg time');

      const copy = await waitFor(async () => {
        const edges = (await graphql(server.graphqlUrl, EMAILS, {}, provider)).data!.emails.edges as { node: Record<string, string> }[];
        return edges.map((edge) => edge.node).find((node) => node.to === 'provider@example.com' && node.subject?.includes(person.email.split('@')[0]!));
      });
      expect(copy.text).toContain(`${local('Europe/Luxembourg')}–`);
      expect(copy.text).toContain(`Luxembourg time (${offset('Europe/Luxembourg')})`);
    }
  });
});
