// iCalendar (RFC 5545) text for one appointment, for "add to calendar" and e-mail attachments.
// Pure (no Node or browser APIs): used by the server and by the web client.

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description?: string | null;
  location?: string | null;
  organizer?: { name: string; email: string } | null;
  status?: 'CONFIRMED' | 'CANCELLED';
  /** Increases with every change, so calendars replace the earlier version. */
  sequence?: number;
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** Minutes before the start for an alarm. */
  alarmMinutes?: number;
}

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

export function buildIcs(event: CalendarEvent, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Slotline//Booking//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method ?? 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(event.start)}`,
    `DTEND:${stamp(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.organizer ? [`ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${event.organizer.email.replace(CONTROLS, '')}`] : []),
    ...(event.alarmMinutes
      ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.title)}`, `TRIGGER:-PT${event.alarmMinutes}M`, 'END:VALARM']
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
