import { describe, expect, it } from 'vitest';
import { renderAppointmentEmail } from './render-appointment-email.js';

describe('renderAppointmentEmail', () => {
  it("shows the provider's contact details to the client, in the client's time zone", async () => {
    const message = await renderAppointmentEmail({
      kind: 'BOOKING_CONFIRMED',
      forProvider: false,
      recipient: { name: 'Ana', timezone: 'America/New_York' },
      client: { name: 'Ana', email: 'ana@example.com' },
      provider: { name: 'Dr. Claire Weber', email: 'office@weber.example', contact: 'office@weber.example · +352 621 123 456' },
      appointment: { id: 'a1', startTime: new Date('2027-03-29T07:00:00Z'), endTime: new Date('2027-03-29T07:30:00Z'), notes: null, cancelReason: null, revision: 0 },
      appUrl: 'https://book.example',
    });
    expect(message.subject).toBe('Booked: consultation with Dr. Claire Weber, Monday 29 March 2027 at 03:00');
    expect(message.text).toContain('Questions? office@weber.example · +352 621 123 456');
    expect(message.text).toContain('03:00–03:30 (America/New_York)');
    expect(message.html).toContain('https://book.example/appointments/a1');
    expect(message.attachments[0]!.filename).toBe('consultation.ics');
  });
});
