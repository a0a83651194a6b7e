import { describe, expect, it } from 'vitest';
import {
  clearable,
  emailAddress,
  keptWhenNull,
  localDate,
  localDateText,
  optionalLine,
  optionalParagraph,
  phoneNumber,
  requiredLine,
  webAddress,
  wholeNumber,
} from './inputs.js';

describe('shared text rules', () => {
  it('keep ordinary text of any script, emoji included', () => {
    expect(requiredLine('Name', 100).parse('  Zoé Müller-Ødegård 🙂 山田  ')).toBe('Zoé Müller-Ødegård 🙂 山田');
    expect(optionalParagraph('Notes', 2000).parse('Budget;\thiring,\nand "growth" 🚀')).toBe('Budget;\thiring,\nand "growth" 🚀');
  });

  it('store every line end of a paragraph as a line feed', () => {
    expect(optionalParagraph('Notes', 2000).parse('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });

  it('refuse line breaks and invisible controls in a single line', () => {
    for (const text of ['a\nb', 'a\rb', 'a\tb', 'a\u2028b', 'a\u0000b', 'a\u007fb', 'a\u0085b', 'a\ud800b', 'a\udc00b']) {
      expect(optionalLine('The note', 200).safeParse(text).success, JSON.stringify(text)).toBe(false);
    }
  });

  it('refuse NUL, other controls and lone surrogates in a paragraph', () => {
    for (const text of ['a\u0000b', 'a\u001bb', 'a\u000bb', 'a\u009bb', 'a\ud800b']) {
      expect(optionalParagraph('Notes', 2000).safeParse(text).success, JSON.stringify(text)).toBe(false);
    }
  });

  it('count the limit after line ends are normalised', () => {
    expect(optionalParagraph('Notes', 4).parse('a\r\nb\r\n')).toBe('a\nb');
    expect(optionalParagraph('Notes', 4).safeParse('abcde').success).toBe(false);
  });

  it('take dates in the supported years only', () => {
    const date = localDateText('The date must be "YYYY-MM-DD".');
    expect(date.parse('2027-03-29')).toBe('2027-03-29');
    expect(date.safeParse('2027-02-30').error?.issues.map((issue) => issue.message)).toEqual(['The date must be "YYYY-MM-DD".']);
    expect(date.safeParse('9999-12-31').error?.issues.map((issue) => issue.message)).toEqual(['Dates must lie between 2000-01-01 and 2100-12-31.']);
  });
});

describe('rules for settings', () => {
  it('read dates into calendar dates', () => {
    expect(localDate('Bad date.').parse('2030-12-24')).toEqual({ year: 2030, month: 12, day: 24 });
    expect(
      localDate('Bad date.')
        .safeParse('2030-12-32')
        .error?.issues.map((issue) => issue.message),
    ).toEqual(['Bad date.']);
  });

  it('take whole numbers in a range, or nothing, with one message', () => {
    const slotMinutes = wholeNumber('Slot length', 15, 240, 'minutes');
    expect(slotMinutes.parse(15)).toBe(15);
    expect(slotMinutes.parse(null)).toBeNull();
    expect(slotMinutes.parse(undefined)).toBeUndefined();
    for (const minutes of [14, 241, 30.5]) {
      expect(slotMinutes.safeParse(minutes).error?.issues[0]?.message, String(minutes)).toBe('Slot length must be 15 to 240 minutes.');
    }
    expect(wholeNumber('Buffer', 0, 240).safeParse(-1).error?.issues[0]?.message).toBe('Buffer must be 0 to 240.');
  });

  it('leave a field as it is when null, and clear an optional one with ""', () => {
    const contactEmail = keptWhenNull(clearable(emailAddress()));
    expect(contactEmail.parse(null)).toBeUndefined();
    expect(contactEmail.parse(undefined)).toBeUndefined();
    expect(contactEmail.parse('')).toBeNull();
    expect(contactEmail.parse('claire@example.com')).toBe('claire@example.com');
    expect(contactEmail.safeParse('claire').success).toBe(false);
    expect(keptWhenNull(requiredLine('The name', 100)).parse(' Claire ')).toBe('Claire');
  });

  it('check phone numbers and web addresses', () => {
    expect(phoneNumber().parse('+352 621 123 456')).toBe('+352 621 123 456');
    expect(phoneNumber().safeParse('call me').error?.issues[0]?.message).toBe('Enter a phone number such as +352 621 123 456.');
    expect(webAddress().parse('https://claire-weber.example')).toBe('https://claire-weber.example');
    for (const address of ['javascript:alert(1)', 'ftp://example.com', 'claire-weber.example']) {
      expect(webAddress().safeParse(address).success, address).toBe(false);
    }
  });
});
