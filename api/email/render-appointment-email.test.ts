import { describe, expect, it } from 'vitest';
import { renderAppointmentEmail } from './render-appointment-email.js';

describe('renderAppointmentEmail', () => {
  it("shows the provider's contact details to the client, in the client's time zone", async () => {
    const message = await renderAppointmentEmail({
      kind: 'BOOKING_CONFIRMED',
      forProvider: false,
      recipient: { name: 'Ana', timezone: 'America/New_York' },
      client: { name: 'Ana', email: 'ana@example.com' },
      provider: {
        name: 'Dr. Claire Weber',
        email: 'office@weber.example',
        contact: 'office@weber.example · +352 621 123 456',
        location: '12 rue Notre-Dame, Luxembourg',
      },
      appointment: {
        id: 'a1',
        startTime: new Date('2027-03-29T07:00:00Z'),
        endTime: new Date('2027-03-29T07:30:00Z'),
        notes: null,
        cancelReason: null,
        revision: 0,
      },
      appUrl: 'https://book.example',
      issuedAt: new Date('2027-03-01T10:00:00Z'),
    });
    expect(message.subject).toBe('Booked: consultation with Dr. Claire Weber, Monday 29 March 2027 at 03:00 New York time');
    expect(message.text).toContain('Questions? office@weber.example · +352 621 123 456');
    expect(message.text).toContain('03:00–03:30 New York time (GMT-4)');
    expect(message.html).toContain('https://book.example/appointments/a1');
    expect(message.attachments[0]!.filename).toBe('consultation.ics');
    expect(message.text).toMatch(/Where\s+12 rue Notre-Dame, Luxembourg/);
    const ics = message.attachments[0]!.content.replace(/\r\n /g, '');
    expect(ics).toContain('LOCATION:12 rue Notre-Dame\\, Luxembourg');
    expect(ics).toContain('ORGANIZER;CN=Dr. Claire Weber:mailto:office@weber.example');
    expect(ics).toContain('ATTENDEE;CN=Ana;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:ana@example.com');
  });

  it('keeps line breaks and controls out of the subject, whatever the stored names hold', async () => {
    const message = await renderAppointmentEmail({
      kind: 'APPOINTMENT_CANCELLED',
      forProvider: true,
      recipient: { name: 'Claire', timezone: 'Europe/Luxembourg' },
      client: { name: 'Eve\r\nBcc: victim@example.com\r\n\r\n<b>hi</b>\u0000\u0085\u2028x', email: 'eve@example.com' },
      provider: { name: 'Dr. Claire Weber', email: 'office@weber.example' },
      appointment: {
        id: 'a1',
        startTime: new Date('2027-03-29T07:00:00Z'),
        endTime: new Date('2027-03-29T07:30:00Z'),
        notes: null,
        cancelReason: null,
        revision: 1,
      },
      appUrl: 'https://book.example',
      issuedAt: new Date('2027-03-01T10:00:00Z'),
    });
    expect(message.subject).toBe('Cancelled: consultation with Eve Bcc: victim@example.com <b>hi</b> x, Monday 29 March 2027 at 09:00 Luxembourg time');
    const forClient = await renderAppointmentEmail({
      kind: 'REMINDER',
      forProvider: false,
      recipient: { name: 'Eve', timezone: 'Europe/Luxembourg' },
      client: { name: 'Eve', email: 'eve@example.com' },
      provider: { name: 'Claire\nWeber\t', email: 'office@weber.example' },
      appointment: {
        id: 'a1',
        startTime: new Date('2027-03-29T07:00:00Z'),
        endTime: new Date('2027-03-29T07:30:00Z'),
        notes: null,
        cancelReason: null,
        revision: 1,
      },
      appUrl: 'https://book.example',
      issuedAt: new Date('2027-03-01T10:00:00Z'),
    });
    expect(forClient.subject).toBe('Reminder: consultation with Claire Weber, Monday 29 March 2027 at 09:00 Luxembourg time');
  });

  it('renders the same bytes every time, .ics included, so that a retry can reuse its Idempotency-Key', async () => {
    const input = {
      kind: 'BOOKING_CONFIRMED' as const,
      forProvider: false,
      recipient: { name: 'Ana', timezone: 'Europe/Luxembourg' },
      client: { name: 'Ana', email: 'ana@example.com' },
      provider: { name: 'Dr. Claire Weber', email: 'office@weber.example' },
      appointment: {
        id: 'a1',
        startTime: new Date('2027-03-29T07:00:00Z'),
        endTime: new Date('2027-03-29T07:30:00Z'),
        notes: null,
        cancelReason: null,
        revision: 0,
      },
      appUrl: 'https://book.example',
      issuedAt: new Date('2027-03-01T10:00:00Z'),
    };
    const first = await renderAppointmentEmail(input);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await renderAppointmentEmail(input)).toEqual(first);
    expect(first.attachments[0]!.content).toContain('DTSTAMP:20270301T100000Z');
  });
});
