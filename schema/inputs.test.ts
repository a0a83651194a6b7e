import { describe, expect, it } from 'vitest';
import { localDateText, optionalLine, optionalParagraph, requiredLine } from './inputs.js';

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
