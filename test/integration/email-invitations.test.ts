import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarAttachment, startFakeResend, type ReceivedEmail } from '../fake-resend.js';
import { freeSlots, luxembourgDate, prepareSlots, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

// The calendar invitations the e-mails carry, as RFC 5545 and RFC 5546 (iTIP) require them.

const LOCATION = 'Cabinet Weber, 12 rue Notre-Dame; L-2240 Luxembourg';
const PROFILE = `mutation($input: UpdateProviderProfileInput!) { updateProviderProfile(input: $input) {
  __typename ... on UpdateProviderProfileSuccess { profile { location } } } }`;
const BOOK = `mutation($id: ID!) { bookAppointment(input: { slotId: $id }) {
  __typename ... on BookAppointmentSuccess { appointment { id calendarSequence } } } }`;
const RESCHEDULE = `mutation($id: ID!, $slot: ID!) { rescheduleAppointment(input: { id: $id, slotId: $slot }) {
  __typename ... on RescheduleAppointmentSuccess { appointment { calendarSequence } } } }`;
const CANCEL = `mutation($id: ID!) { cancelAppointment(input: { id: $id }) {
  __typename ... on CancelAppointmentSuccess { appointment { calendarSequence } } } }`;

let resend: Awaited<ReturnType<typeof startFakeResend>>;
let server: TestServer;
let provider: string;
let client: string;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({
    env: { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url, NOTIFICATION_RETRY_BASE_MS: '100', EMAIL_FROM: 'Slotline <bookings@example.com>' },
  });
  provider = await prepareSlots(server.graphqlUrl, { from: luxembourgDate(3, server.now()), to: luxembourgDate(5, server.now()) });
  client = await signIn(server.graphqlUrl, 'ines@example.com', 'Inès Moreau-Díaz');
});

afterAll(async () => {
  await server?.stop();
  await resend?.close();
});

const property = (lines: string[], name: string) => lines.filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

async function emailTo(address: string, subject: string): Promise<ReceivedEmail> {
  return waitFor(async () => resend.delivered.find((email) => email.to === address && email.subject.startsWith(subject)));
}

describe('calendar invitations in e-mails', () => {
  it('invites with ORGANIZER, ATTENDEE and LOCATION, and updates then cancels the same event with a growing SEQUENCE', async () => {
    const profile = await graphql(server.graphqlUrl, PROFILE, { input: { location: LOCATION, contactEmail: 'office@weber.example' } }, provider);
    expect(profile.data!.updateProviderProfile.profile).toEqual({ location: LOCATION });
    const [first, second] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    const booked = await graphql(server.graphqlUrl, BOOK, { id: first!.id }, client);
    const appointment = booked.data!.bookAppointment.appointment;
    expect(appointment.calendarSequence).toBe(0);

    const confirmation = await emailTo('ines@example.com', 'Booked');
    const invitation = calendarAttachment(confirmation)!;
    expect(invitation.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(property(invitation.lines, 'METHOD')).toEqual(['METHOD:REQUEST']);
    expect(property(invitation.lines, 'UID')).toEqual([`UID:${appointment.id}@slotline`]);
    expect(property(invitation.lines, 'SEQUENCE')).toEqual(['SEQUENCE:0']);
    expect(property(invitation.lines, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
    expect(property(invitation.lines, 'DTSTAMP')).toEqual([expect.stringMatching(/^DTSTAMP:\d{8}T\d{6}Z$/)]);
    expect(property(invitation.lines, 'ORGANIZER')).toEqual(['ORGANIZER;CN=Claire Weber:mailto:office@weber.example']);
    expect(property(invitation.lines, 'ATTENDEE')).toEqual([
      'ATTENDEE;CN=Inès Moreau-Díaz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:ines@example.com',
    ]);
    expect(property(invitation.lines, 'LOCATION')).toEqual(['LOCATION:Cabinet Weber\\, 12 rue Notre-Dame\\; L-2240 Luxembourg']);
    expect(confirmation.text).toMatch(/WHERE\s+Cabinet Weber, 12 rue Notre-Dame; L-2240 Luxembourg/i);
    // The provider's copy is the same invitation: one event under one UID in both calendars.
    const copy = calendarAttachment(await emailTo('provider@example.com', 'Booked'))!;
    expect(property(copy.lines, 'ATTENDEE')).toEqual(property(invitation.lines, 'ATTENDEE'));
    expect(property(copy.lines, 'UID')).toEqual(property(invitation.lines, 'UID'));

    const moved = await graphql(server.graphqlUrl, RESCHEDULE, { id: appointment.id, slot: second!.id }, client);
    expect(moved.data!.rescheduleAppointment.appointment.calendarSequence).toBe(1);
    const update = calendarAttachment(await emailTo('ines@example.com', 'Moved'))!;
    expect(property(update.lines, 'METHOD')).toEqual(['METHOD:REQUEST']);
    expect(property(update.lines, 'UID')).toEqual(property(invitation.lines, 'UID'));
    expect(property(update.lines, 'SEQUENCE')).toEqual(['SEQUENCE:1']);
    expect(property(update.lines, 'DTSTART')).toEqual([`DTSTART:${second!.startTime.replace(/[-:]/g, '').replace('.000', '')}`]);
    expect(property(update.lines, 'ATTENDEE')).toHaveLength(1);
    expect(property(update.lines, 'LOCATION')).toHaveLength(1);

    const cancelled = await graphql(server.graphqlUrl, CANCEL, { id: appointment.id }, client);
    expect(cancelled.data!.cancelAppointment.appointment.calendarSequence).toBe(2);
    const cancellation = await emailTo('ines@example.com', 'Cancelled');
    const cancel = calendarAttachment(cancellation)!;
    expect(cancel.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(property(cancel.lines, 'METHOD')).toEqual(['METHOD:CANCEL']);
    expect(property(cancel.lines, 'STATUS')).toEqual(['STATUS:CANCELLED']);
    expect(property(cancel.lines, 'UID')).toEqual(property(invitation.lines, 'UID'));
    expect(property(cancel.lines, 'SEQUENCE')).toEqual(['SEQUENCE:2']);
    expect(property(cancel.lines, 'ORGANIZER')).toEqual(property(invitation.lines, 'ORGANIZER'));
    expect(property(cancel.lines, 'ATTENDEE')).toEqual(property(invitation.lines, 'ATTENDEE'));
  });

  it('leaves LOCATION out, and the "Where" line, once the profile has no location', async () => {
    await graphql(server.graphqlUrl, PROFILE, { input: { location: '' } }, provider);
    const [slot] = await freeSlots(server.graphqlUrl, new Date(), new Date(Date.now() + 10 * 86_400_000));
    resend.delivered.length = 0;
    await graphql(server.graphqlUrl, BOOK, { id: slot!.id }, client);
    const confirmation = await emailTo('ines@example.com', 'Booked');
    expect(property(calendarAttachment(confirmation)!.lines, 'LOCATION')).toEqual([]);
    expect(confirmation.text).not.toMatch(/WHERE/i);
  });
});
