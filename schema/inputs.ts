import { z } from 'zod';
import { isSupportedDate, parseLocalDate, SUPPORTED_DATES, type LocalDate } from '../api/domain/local-date.js';
import { isValidTimeZone } from '../api/domain/time-zone.js';

// Shared zod rules for mutation input; messages are shown to people as they are.
// Every text a mutation takes is built from `line` or `paragraph`, so none can carry characters that
// PostgreSQL refuses (NUL), that could forge e-mail headers or calendar lines (CR, LF), or that hide text.

// C0 controls, DEL, C1 controls (together \p{Cc}), the Unicode line and paragraph separators, and lone surrogates.
const NOT_IN_A_LINE = /[\p{Cc}\u2028\u2029]|\p{Surrogate}/u;
// The same, but tab, line feed and carriage return are allowed.
const NOT_IN_A_PARAGRAPH = /(?![\t\n\r])\p{Cc}|\p{Surrogate}/u;

/** Single-line text: names, headlines, e-mail addresses, time zones, dates. */
export const line = (what: string) =>
  z.string().refine((text) => !NOT_IN_A_LINE.test(text), { message: `${what} must be a single line without control characters.` });

/** Text that may span lines, with Windows and old Mac line ends stored as "\n". */
export const paragraph = (what: string) =>
  z
    .string()
    .refine((text) => !NOT_IN_A_PARAGRAPH.test(text), { message: `${what} cannot contain control characters.` })
    .transform((text) => text.replace(/\r\n?/g, '\n'));

export const requiredLine = (what: string, max: number) =>
  line(what)
    .trim()
    .min(1, { message: `${what} cannot be empty.` })
    .max(max, { message: `${what} can be at most ${max} characters long.` });

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

export const optionalLine = (what: string, max: number) =>
  line(what)
    .max(max, { message: `${what} can be at most ${max} characters long.` })
    .nullish()
    .transform(blankToNull);

export const optionalParagraph = (what: string, max: number) =>
  paragraph(what)
    .refine((text) => text.length <= max, { message: `${what} can be at most ${max} characters long.` })
    .nullish()
    .transform(blankToNull);

export const recordId = (what: string) => z.uuid({ message: `${what} is not a valid id.` });

export const emailAddress = (what = 'The e-mail address') =>
  line(what).pipe(z.email({ message: 'Enter a valid e-mail address.' }).max(254, { message: 'The e-mail address is too long.' }));

export const timeZone = (example: string) => line('The time zone').refine(isValidTimeZone, { message: `Time zone must be an IANA name such as "${example}".` });

/** A calendar date "YYYY-MM-DD" in the years the application handles, checked but kept as text. */
export const localDateText = (message: string) =>
  line('The date')
    .refine((text) => parseLocalDate(text) !== null, { message, abort: true })
    .refine((text) => isSupportedDate(parseLocalDate(text)!), { message: SUPPORTED_DATES });

/** The same, turned into a LocalDate. */
export const localDate = (message: string) => localDateText(message).transform((text): LocalDate => parseLocalDate(text)!);

/** A whole number in min..max, or nothing; `unit` ends the message ("Slot length must be 15 to 240 minutes."). */
export const wholeNumber = (what: string, min: number, max: number, unit = '') => {
  const message = `${what} must be ${min} to ${max}${unit ? ` ${unit}` : ''}.`;
  return z.int({ message }).min(min, { message }).max(max, { message }).nullish();
};

/** For inputs where "only the fields given change": null, like an absent field, leaves the value as it is. */
export const keptWhenNull = <Rule extends z.ZodType>(rule: Rule) => z.preprocess((value) => value ?? undefined, rule.optional());

/** An optional text where "" clears the stored value (null). */
export const clearable = <Rule extends z.ZodType<string>>(rule: Rule) => z.union([z.literal(''), rule]).transform((value) => (value === '' ? null : value));

export const phoneNumber = () => line('The phone number').regex(/^\+?[\d ().-]{5,25}$/, { message: 'Enter a phone number such as +352 621 123 456.' });

export const webAddress = () => line('The web address').pipe(z.url({ protocol: /^https?$/, message: 'Enter a web address starting with https://.' }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
