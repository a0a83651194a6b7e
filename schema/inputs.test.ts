import { describe, expect, it } from 'vitest';
import { optionalLine, optionalParagraph, requiredLine } from './inputs.js';

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
});
