// How a time zone is named to people: "New York time (GMT-5)". The offset is the one in force at the
// instant shown, so a summer appointment says GMT-4 even when it is booked in winter.

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, as people read it: "GMT+9", "GMT-3:30", "GMT". */
export function utcOffsetLabel(zone: string, at: Date | number = Date.now()): string {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' });
    offsetFormats.set(zone, format);
  }
  const label = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  // Some zones (UTC itself) say "GMT+0"; London in winter says "GMT": one spelling for both.
  return label === 'GMT+0' || label === 'GMT-0' ? 'GMT' : label;
}

/** The zone's offset from UTC in minutes at an instant (540 for Tokyo). */
export function utcOffsetMinutesOf(zone: string, at: Date | number = Date.now()): number {
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(utcOffsetLabel(zone, at));
  if (!match?.[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The place a zone is named after: "New York" for America/New_York, "Buenos Aires" for America/Argentina/Buenos_Aires. */
export function timeZoneCity(zone: string): string {
  if (zone === 'UTC' || zone.startsWith('Etc/')) return zone.replace(/^Etc\//, '');
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/** "New York time (GMT-5)"; zones without a place (UTC, Etc/GMT+5) are named by their offset alone. */
export function timeZoneLabel(zone: string, at: Date | number = Date.now()): string {
  const offset = utcOffsetLabel(zone, at);
  if (zone === 'UTC' || zone.startsWith('Etc/')) return offset === 'GMT' ? 'UTC' : offset;
  return `${timeZoneCity(zone)} time (${offset})`;
}

/** The zone's name as the time zone database spells it ("america/new_york" becomes "America/New_York"). */
export function canonicalTimeZone(zone: string): string {
  const known = Intl.supportedValuesOf('timeZone');
  if (known.includes(zone)) return zone;
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}
