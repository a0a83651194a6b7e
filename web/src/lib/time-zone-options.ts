// The zones people can choose from, with what the list shows and what a search matches.
import { timeZoneCity, utcOffsetLabel, utcOffsetMinutesOf } from '@shared/time-zone-label';

export interface TimeZoneOption {
  zone: string;
  /** "Tokyo", "New York". */
  city: string;
  /** "GMT+9", at the date the list was made. */
  offset: string;
  offsetMinutes: number;
  /** The zone's name in English, e.g. "Japan Time", "Eastern Time". */
  name: string;
  /** Lower-case text a query is matched against. */
  haystack: string;
}

const ALL_ZONES: string[] = Intl.supportedValuesOf('timeZone');

function genericName(zone: string, at: Date): string {
  return (
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ??
    ''
  );
}

function optionFor(zone: string, at: Date): TimeZoneOption {
  const city = timeZoneCity(zone);
  const offset = utcOffsetLabel(zone, at);
  const name = genericName(zone, at);
  return {
    zone,
    city,
    offset,
    offsetMinutes: utcOffsetMinutesOf(zone, at),
    name,
    haystack: [zone.replaceAll('_', ' '), zone, city, name, offset, offset.replace('GMT', 'UTC')].join(' | ').toLowerCase(),
  };
}

/** Every zone (plus `include` when the list lacks it), offsets as they are at `at`, west to east, then by place. */
export function timeZoneOptions(at: Date, include?: string): TimeZoneOption[] {
  const zones = include && !ALL_ZONES.includes(include) ? [include, ...ALL_ZONES] : ALL_ZONES;
  return zones.map((zone) => optionFor(zone, at)).sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.city.localeCompare(b.city));
}

/**
 * The options matching every word of the query ("tok", "new york", "gmt+9", "eastern"): places whose name
 * starts with the query first, then the rest, each group west to east.
 */
export function matchTimeZones(options: TimeZoneOption[], query: string): TimeZoneOption[] {
  const text = query.trim().toLowerCase();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  const matches = options.filter((option) => words.every((word) => option.haystack.includes(word)));
  const leading = matches.filter((option) => option.city.toLowerCase().startsWith(text));
  return [...leading, ...matches.filter((option) => !leading.includes(option))];
}
