import { describe, expect, it } from 'vitest';
import { buildIcs } from './ics.js';

describe('buildIcs', () => {
  const event = {
    uid: 'appointment-1@slotline',
    start: new Date('2027-03-29T07:00:00Z'),
    end: new Date('2027-03-29T07:30:00Z'),
    title: 'Consultation Session',
    description: 'Notes: budget; hiring, and\nmore',
    organizer: { name: 'Claire Weber', email: 'claire@example.com' },
    alarmMinutes: 15,
  };

  it('writes a VEVENT in UTC with CRLF line ends and escaped text', () => {
    const ics = buildIcs(event, new Date('2027-03-01T10:00:00Z'));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n')).toEqual(
      expect.arrayContaining([
        'DTSTART:20270329T070000Z',
        'DTEND:20270329T073000Z',
        'DTSTAMP:20270301T100000Z',
        'UID:appointment-1@slotline',
        'SUMMARY:Consultation Session',
        'DESCRIPTION:Notes: budget\\; hiring\\, and\\nmore',
        'ORGANIZER;CN=Claire Weber:mailto:claire@example.com',
        'TRIGGER:-PT15M',
        'STATUS:CONFIRMED',
      ]),
    );
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('folds lines longer than 75 octets', () => {
    const ics = buildIcs({ ...event, description: 'é'.repeat(100) });
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('marks a cancellation for calendars to remove the event', () => {
    const ics = buildIcs({ ...event, status: 'CANCELLED', method: 'CANCEL', sequence: 2 });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:2');
  });
});
