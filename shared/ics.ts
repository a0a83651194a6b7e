// iCalendar (RFC 5545) text for one appointment, for "add to calendar" and e-mail attachments.
// Pure (no Node or browser APIs): used by the server and by the web client.

export interface CalendarParty {
  name: string;
  email: string;
}

interface EventFields {
  /** The same for every version of one appointment, so calendars update the event they hold. */
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description?: string | null;
  location?: string | null;
  /** Who runs the appointment: every iTIP method requires an ORGANIZER (RFC 5546 3.2). */
  organizer: CalendarParty;
  /** Increases with every change, so calendars replace the earlier version (RFC 5545 3.8.7.4). */
  sequence: number;
  /** Minutes before the start for an alarm. */
  alarmMinutes?: number;
}

/**
 * RFC 5546 fixes which properties each method carries: REQUEST (an invitation, and each update of it) and
 * CANCEL name their ATTENDEE; PUBLISH (a posting to copy into a calendar, no reply expected) MUST NOT
 * have one (3.2.1), so the type has no attendee there.
 */
export type CalendarEvent = EventFields & ({ method: 'PUBLISH' } | { method: 'REQUEST' | 'CANCEL'; attendee: CalendarParty });

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

// Controls that RFC 5545 TEXT and parameter values may not hold: C0 controls, DEL and C1 controls (together
// \p{Cc}) except tab (WSP), which is allowed.
const CONTROLS = /(?!\t)\p{Cc}/gu;

/** A TEXT value (RFC 5545 3.3.11): \\ ; , escaped, CRLF, LF and CR alike as \\n, other controls dropped. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROLS, '');
}

/**
 * A parameter value (RFC 5545 3.2): no escapes exist there, so line breaks become spaces, quotes and
 * carets take RFC 6868's ^' and ^^, and a value holding ; : or , is quoted.
 */
function paramValue(text: string): string {
  const value = text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(CONTROLS, '')
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'");
  return /[;:,]/.test(value) ? `"${value}"` : value;
}

/** Lines longer than 75 octets are folded with CRLF + space, as RFC 5545 requires. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = new TextEncoder().encode(char).length;
    if (size + length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The UID of every calendar version of one appointment: e-mails and the downloaded file alike. */
export const appointmentUid = (appointmentId: string) => `${appointmentId}@slotline`;

const calAddress = (email: string) => `mailto:${email.replace(CONTROLS, '')}`;

function attendeeLine(event: CalendarEvent): string[] {
  if (event.method === 'PUBLISH') return [];
  // The client booked the time themselves: already accepted, and no reply is wanted from them.
  return [`ATTENDEE;CN=${paramValue(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:${calAddress(event.attendee.email)}`];
}

export function buildIcs(event: CalendarEvent, now = new Date()): string {
  const cancelled = event.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Slotline//Booking//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(event.start)}`,
    `DTEND:${stamp(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:${calAddress(event.organizer.email)}`,
    ...attendeeLine(event),
    ...(event.alarmMinutes && !cancelled
      ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:-PT${event.alarmMinutes}M`, 'END:VALARM']
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
