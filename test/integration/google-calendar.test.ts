import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInTimeZone } from 'date-fns-tz';
import { GoogleCalendar } from '../../api/google/google-calendar.js';
import { instantOf, startFakeGoogle } from '../fake-google.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { googleOAuthBrowser } from '../google-oauth-browser.js';
import { collect, graphql, wsClient } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

let google: Awaited<ReturnType<typeof startFakeGoogle>>;
let server: TestServer;
let db: pg.Client;
let provider: string;
let client: string;
let slots: Awaited<ReturnType<typeof freeSlots>>;
let next = 0;
let browser: ReturnType<typeof googleOAuthBrowser>;
const logs: Record<string, unknown>[] = [];

const LOCATION = '12 rue Notre-Dame, 2240 Luxembourg';
const STATUS = '{ me { googleCalendar { available status } } }';
const BOOK = `mutation($id: ID!, $notes: String) { bookAppointment(input: { slotId: $id, notes: $notes }) {
  __typename ... on BookAppointmentSuccess { appointment { id startTime endTime } } } }`;

async function connect(token: string, calendar: string): Promise<Response> {
  const { state, cookie } = await browser.begin(token);
  return browser.finish(state, google.authorize(calendar), cookie);
}

beforeAll(async () => {
  google = await startFakeGoogle();
  server = await startTestServer({
    logs,
    env: {
      GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com',
      GOOGLE_CLIENT_SECRET: 'test-secret',
      GOOGLE_TOKEN_KEY: randomBytes(32).toString('base64'),
      GOOGLE_OAUTH_BASE_URL: google.url,
      GOOGLE_API_ROOT_URL: `${google.url}/`,
      JOB_RETRY_BASE_MS: '100',
      GOOGLE_TIMEOUT_MS: '500',
    },
  });
  browser = googleOAuthBrowser(server, google.url);
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(5, server.now()) });
  client = await signIn(server.graphqlUrl, 'gcal@example.com', 'Gil Calder');
  await graphql(server.graphqlUrl, 'mutation { updateMyProfile(input: { timezone: "America/New_York" }) { __typename } }', {}, client);
  await graphql(
    server.graphqlUrl,
    'mutation($input: UpdateProviderProfileInput!) { updateProviderProfile(input: $input) { __typename } }',
    { input: { location: LOCATION } },
    provider,
  );
  slots = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
  await google?.close();
});

describe('Google Calendar', () => {
  it('connects through OAuth and keeps the refresh token encrypted', async () => {
    expect((await graphql(server.graphqlUrl, STATUS, {}, client)).data!.me.googleCalendar).toEqual({ available: true, status: 'NOT_CONNECTED' });
    const response = await connect(client, 'client-calendar');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(/\/settings\?calendar=connected$/);
    expect((await connect(provider, 'provider-calendar')).headers.get('location')).toMatch(/calendar=connected$/);
    expect((await graphql(server.graphqlUrl, STATUS, {}, client)).data!.me.googleCalendar.status).toBe('CONNECTED');
    const { rows } = await db.query('SELECT "encryptedRefreshToken" FROM "GoogleCalendarConnection"');
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.encryptedRefreshToken).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(rows.some((row) => row.encryptedRefreshToken.includes('refresh-'))).toBe(false);
  });

  it('refuses a forged or expired state', async () => {
    const callback = new URL(`${server.url}/oauth/google/callback`);
    callback.searchParams.set('code', google.authorize('mallory-calendar'));
    callback.searchParams.set('state', 'eyJ1c2VySWQiOiJ4In0.forged');
    const response = await fetch(callback, { redirect: 'manual' });
    expect(response.headers.get('location')).toMatch(/calendar=expired$/);
  });

  it('creates, moves and deletes the event in both calendars with the booking', async () => {
    const booked = (await graphql(server.graphqlUrl, BOOK, { id: slots[next++]!.id, notes: 'Quarterly numbers' }, client)).data!.bookAppointment.appointment;
    const [clientEvent] = await waitFor(async () => (google.events('client-calendar').length === 1 ? google.events('client-calendar') : null));
    await waitFor(async () => google.events('provider-calendar').length === 1);
    // Each calendar gets the event in its owner's zone, with the practice's address.
    const local = (iso: string, zone: string) => formatInTimeZone(new Date(iso), zone, "yyyy-MM-dd'T'HH:mm:ssXXX");
    expect(clientEvent).toMatchObject({
      summary: 'Consultation Session',
      location: LOCATION,
      start: { dateTime: local(booked.startTime, 'America/New_York'), timeZone: 'America/New_York' },
      end: { dateTime: local(booked.endTime, 'America/New_York'), timeZone: 'America/New_York' },
      reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 15 }] },
    });
    expect(clientEvent!.description).toContain('Quarterly numbers');
    expect(clientEvent!.description).toContain('Consultation with Claire Weber.');
    const providerEvent = google.events('provider-calendar')[0]!;
    expect(providerEvent).toMatchObject({
      id: clientEvent!.id,
      location: LOCATION,
      start: { dateTime: local(booked.startTime, 'Europe/Luxembourg'), timeZone: 'Europe/Luxembourg' },
      end: { dateTime: local(booked.endTime, 'Europe/Luxembourg'), timeZone: 'Europe/Luxembourg' },
    });
    expect(providerEvent.description).toContain('Gil Calder');

    const target = slots[next++]!;
    await graphql(
      server.graphqlUrl,
      'mutation($id: ID!, $slot: ID!) { rescheduleAppointment(input: { id: $id, slotId: $slot }) { __typename } }',
      { id: booked.id, slot: target.id },
      client,
    );
    const startsAt = (event: ReturnType<typeof google.events>[number] | undefined, iso: string) => !!event && instantOf(event.start) === Date.parse(iso);
    await waitFor(async () => startsAt(google.events('client-calendar')[0], target.startTime));
    await waitFor(async () => startsAt(google.events('provider-calendar')[0], target.startTime));
    // The same event, updated: not a second one.
    expect(google.events('client-calendar')).toEqual([
      expect.objectContaining({
        id: clientEvent!.id,
        location: LOCATION,
        start: { dateTime: local(target.startTime, 'America/New_York'), timeZone: 'America/New_York' },
      }),
    ]);
    expect(google.events('provider-calendar')).toEqual([
      expect.objectContaining({ id: clientEvent!.id, start: { dateTime: local(target.startTime, 'Europe/Luxembourg'), timeZone: 'Europe/Luxembourg' } }),
    ]);

    await graphql(server.graphqlUrl, 'mutation($id: ID!) { cancelAppointment(input: { id: $id }) { __typename } }', { id: booked.id }, client);
    await waitFor(async () => google.events('client-calendar').length === 0 && google.events('provider-calendar').length === 0);
  });

  it('retries when Google fails, without creating the event twice', async () => {
    google.failNext(2);
    await graphql(server.graphqlUrl, BOOK, { id: slots[next++]!.id }, client);
    // The job records what it mirrored just after Google answers: wait for that too.
    const pending = async () =>
      (await db.query<{ pending: number }>('SELECT count(*)::int AS pending FROM "Appointment" WHERE "calendarSyncedRevision" < "revision"')).rows[0]!.pending;
    await waitFor(async () => google.events('provider-calendar').length === 1 && (await pending()) === 0, 20_000);
    // Retried, never duplicated.
    expect(google.events('client-calendar')).toHaveLength(1);
    expect(google.events('provider-calendar')).toHaveLength(1);
  });

  it('gives up on a stalled Google within the time-out, logs it, and retries until Google answers', async () => {
    google.stall(true);
    const seen = logs.length;
    const started = Date.now();
    const booked = (await graphql(server.graphqlUrl, BOOK, { id: slots[next++]!.id }, client)).data!.bookAppointment.appointment;
    try {
      const failure = await waitFor(async () => logs.slice(seen).find((line) => line.job === 'sync-calendar-event' && line.msg === 'job failed'));
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(String(failure.err)).toMatch(/timeout|timed out|abort/i);
    } finally {
      google.stall(false);
    }
    const at = Date.parse(booked.startTime);
    await waitFor(async () => google.events('client-calendar').some((event) => instantOf(event.start) === at), 20_000);
    await waitFor(async () => google.events('provider-calendar').some((event) => instantOf(event.start) === at), 20_000);
  });

  it("marks slots busy in the provider's calendar as unavailable, live", async () => {
    const busySlot = slots[next++]!;
    const ws = wsClient(server.wsUrl);
    const feed = collect<{ slotsChanged: { id: string; isAvailable: boolean } }>(
      ws,
      'subscription($from: DateTime!, $to: DateTime!) { slotsChanged(from: $from, to: $to) { id isAvailable } }',
      { from: new Date().toISOString(), to: new Date(Date.now() + 20 * 86_400_000).toISOString() },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      google.addEvent('provider-calendar', {
        summary: 'Dentist',
        start: new Date(Date.parse(busySlot.startTime) + 10 * 60_000),
        end: new Date(Date.parse(busySlot.endTime) - 5 * 60_000),
      });
      google.addEvent('provider-calendar', {
        summary: 'Reading (free)',
        start: new Date(busySlot.endTime),
        end: new Date(Date.parse(busySlot.endTime) + 30 * 60_000),
        transparency: 'transparent',
      });
      await server.app.services.jobs.enqueue('sync-provider-busy-times', {});
      await feed.until((events) => events.some((event) => event.slotsChanged.id === busySlot.id), 10_000);
      expect(feed.events.find((event) => event.slotsChanged.id === busySlot.id)!.slotsChanged.isAvailable).toBe(false);
      const free = await freeSlots(server.graphqlUrl, new Date(busySlot.startTime), new Date(Date.parse(busySlot.startTime) + 3_600_000));
      // The overlapped slot is gone; the next one stays (the second event is marked free).
      expect(free.map((slot) => slot.id)).not.toContain(busySlot.id);
      expect(free).toHaveLength(1);
      const book = await graphql(server.graphqlUrl, BOOK, { id: busySlot.id }, client);
      expect(book.data!.bookAppointment.__typename).toBe('SlotUnavailableError');
    } finally {
      feed.stop();
      await ws.dispose();
    }
  });

  it('asks the user to reconnect when Google revokes the grant', async () => {
    google.revokeAll('client-calendar');
    await graphql(server.graphqlUrl, BOOK, { id: slots[next++]!.id }, client);
    const status = await waitFor(async () => {
      const value = (await graphql(server.graphqlUrl, STATUS, {}, client)).data!.me.googleCalendar.status;
      return value === 'RECONNECT_NEEDED' ? value : null;
    });
    expect(status).toBe('RECONNECT_NEEDED');
    expect((await connect(client, 'client-calendar')).headers.get('location')).toMatch(/calendar=connected$/);
    expect((await graphql(server.graphqlUrl, STATUS, {}, client)).data!.me.googleCalendar.status).toBe('CONNECTED');
  });

  it('disconnects and revokes the grant at Google', async () => {
    const result = await graphql(
      server.graphqlUrl,
      'mutation { disconnectGoogleCalendar { __typename ... on DisconnectGoogleCalendarSuccess { ok } } }',
      {},
      provider,
    );
    expect(result.data!.disconnectGoogleCalendar).toEqual({ __typename: 'DisconnectGoogleCalendarSuccess', ok: true });
    expect((await graphql(server.graphqlUrl, STATUS, {}, provider)).data!.me.googleCalendar.status).toBe('NOT_CONNECTED');
    expect(google.requests).toContain('POST /revoke');
  });

  it('meets a fake as strict as Google about event times, and sends the wall-clock time with its offset and zone', async () => {
    const calendar = new GoogleCalendar({
      clientId: 'test',
      clientSecret: 'test',
      redirectUri: `${server.url}/cb`,
      oauthBaseUrl: google.url,
      apiRootUrl: `${google.url}/`,
    });
    const { refreshToken } = await calendar.exchangeCode(google.authorize('strict-calendar'));
    const event = {
      id: 'slotline0123456789abcdef0123456789abcdef',
      start: new Date('2027-03-29T07:00:00Z'),
      end: new Date('2027-03-29T07:30:00Z'),
      summary: 'Consultation Session',
      description: 'Consultation.',
      location: null,
    };
    // Like Google: an unknown zone is refused; a time without offset is read in its timeZone, and refused without one.
    const token = (await (
      await fetch(`${google.url}/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }) })
    ).json()) as { access_token: string };
    const insert = (start: object, end: object) =>
      fetch(`${google.url}/calendar/v3/calendars/primary/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ summary: 'x', start, end }),
      });
    const unknownZone = await insert({ dateTime: '2027-03-29T09:00:00+02:00', timeZone: 'Mars/Olympus_Mons' }, { dateTime: '2027-03-29T09:30:00+02:00' });
    expect(unknownZone.status).toBe(400);
    expect(await unknownZone.json()).toMatchObject({ error: { code: 400, message: 'Invalid time zone definition for start time.' } });
    const missing = await insert({ dateTime: '2027-03-29T09:00:00' }, { dateTime: '2027-03-29T09:30:00' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { message: 'Missing time zone definition for start time.' } });
    expect(google.events('strict-calendar')).toEqual([]);
    const zoned = await insert(
      { dateTime: '2027-03-29T09:00:00', timeZone: 'Europe/Luxembourg' },
      { dateTime: '2027-03-29T09:30:00', timeZone: 'Europe/Luxembourg' },
    );
    expect(zoned.status).toBe(200);
    expect(instantOf(google.events('strict-calendar')[0]!.start)).toBe(Date.parse('2027-03-29T07:00:00Z'));
    await calendar.upsertEvent(refreshToken, 'primary', { ...event, timeZone: 'Asia/Kolkata' });
    expect(google.events('strict-calendar').find((stored) => stored.id === event.id)!.start).toEqual({
      dateTime: '2027-03-29T12:30:00+05:30',
      timeZone: 'Asia/Kolkata',
    });
  });
});
