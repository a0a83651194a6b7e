import { describe, expect, it } from 'vitest';
import { buildIcs, type CalendarEvent } from './ics.js';

describe('buildIcs', () => {
  const event: CalendarEvent = {
    method: 'REQUEST',
    sequence: 0,
    attendee: { name: 'Ana Ruiz', email: 'ana@example.com' },
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
    const ics = buildIcs({ ...event, method: 'CANCEL', sequence: 2 });
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('UID:appointment-1@slotline');
    expect(line(ics, 'ATTENDEE')).toBe('ATTENDEE;CN=Ana Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:ana@example.com');
    // No alarm for an event that no longer takes place.
    expect(ics).not.toContain('BEGIN:VALARM');
  });

  const line = (ics: string, name: string) =>
    ics
      .replace(/\r\n /g, '')
      .split('\r\n')
      .find((text) => text.startsWith(name));

  it('escapes text as RFC 5545 says: backslash, semicolon, comma, and every kind of line end', () => {
    const ics = buildIcs({ ...event, description: 'C:\\new; a, b\r\nCRLF\nLF\rCR\r\n\r\nblank' });
    expect(line(ics, 'DESCRIPTION:')).toBe('DESCRIPTION:C:\\\\new\\; a\\, b\\nCRLF\\nLF\\nCR\\n\\nblank');
  });

  it('lets no lone CR or LF through, so text cannot start a property of its own', () => {
    const ics = buildIcs({ ...event, title: 'x\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:forged', description: 'y\nATTENDEE:mailto:evil@example.com' });
    const body = ics.replace(/\r\n/g, '');
    expect(body.includes('\r')).toBe(false);
    expect(body.includes('\n')).toBe(false);
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines.filter((text) => text === 'END:VEVENT')).toHaveLength(1);
    expect(lines.filter((text) => text.startsWith('ATTENDEE'))).toEqual([expect.stringMatching(/:mailto:ana@example.com$/)]);
    expect(line(ics, 'SUMMARY:')).toBe('SUMMARY:x\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:forged');
  });

  it('drops control characters that TEXT may not hold, but keeps tabs', () => {
    const ics = buildIcs({ ...event, description: 'a\u0000b\u001bc\u007fd\u0085e\tf' });
    expect(line(ics, 'DESCRIPTION:')).toBe('DESCRIPTION:abcde\tf');
  });

  it('quotes a parameter value that holds separators, without quotes or line breaks inside', () => {
    const ics = buildIcs({ ...event, organizer: { name: 'Weber, Claire "Dr"; MD\r\nATTENDEE:x', email: 'claire@example.com' } });
    expect(line(ics, 'ORGANIZER')).toBe('ORGANIZER;CN="Weber, Claire ^\'Dr^\'; MD ATTENDEE:x":mailto:claire@example.com');
  });

  it('invites as RFC 5546 asks: a REQUEST names its ORGANIZER and its ATTENDEE, who needs not answer', () => {
    const ics = buildIcs(event);
    expect(line(ics, 'METHOD:')).toBe('METHOD:REQUEST');
    expect(line(ics, 'SEQUENCE:')).toBe('SEQUENCE:0');
    expect(line(ics, 'ORGANIZER')).toBe('ORGANIZER;CN=Claire Weber:mailto:claire@example.com');
    expect(line(ics, 'ATTENDEE')).toBe('ATTENDEE;CN=Ana Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:ana@example.com');
  });

  it('publishes a file to import with its ORGANIZER and without ATTENDEE, which PUBLISH may not carry', () => {
    const ics = buildIcs({ ...event, method: 'PUBLISH', sequence: 3, location: 'Rue de la Gare 1, Luxembourg' });
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('SEQUENCE:3');
    expect(ics).toContain('ORGANIZER;CN=Claire Weber:mailto:claire@example.com');
    expect(ics).not.toContain('ATTENDEE');
    expect(line(ics, 'LOCATION:')).toBe('LOCATION:Rue de la Gare 1\\, Luxembourg');
  });

  it('folds, escapes and quotes a long name and place with commas, semicolons and non-ASCII letters', () => {
    const name = 'Zoë Łukasiewicz-Ørsted, Ph.D.; Société Générale de Conseil Économique, Département Ressources Humaines';
    const location = 'Cabinet Müller & Söhne; 12, boulevard Grande-Duchesse Charlotte, L-1331 Luxembourg — 2ᵉ étage 🏢';
    const ics = buildIcs({ ...event, location, organizer: { name, email: 'zoe@example.com' }, attendee: { name, email: 'zoe.client@example.com' } });
    for (const folded of ics.split('\r\n')) expect(new TextEncoder().encode(folded).length).toBeLessThanOrEqual(75);
    // Folding never splits a character: every line is valid UTF-8 on its own.
    for (const folded of ics.split('\r\n')) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(folded))).toBe(folded);
    expect(line(ics, 'LOCATION:')).toBe(`LOCATION:${location.replace(/;/g, '\\;').replace(/,/g, '\\,')}`);
    expect(line(ics, 'ORGANIZER')).toBe(`ORGANIZER;CN="${name}":mailto:zoe@example.com`);
    expect(line(ics, 'ATTENDEE')).toBe(`ATTENDEE;CN="${name}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:zoe.client@example.com`);
  });
});
