import { describe, expect, it } from 'vitest';
import { parseExportPeriod } from './export-period.js';

const FORMAT = 'Give the period as ?from=YYYY-MM-DD&to=YYYY-MM-DD.';
const RANGE = 'Dates must lie between 2000-01-01 and 2100-12-31.';

describe('parseExportPeriod', () => {
  it('accepts real dates, one day up to 366 days, leap days included', () => {
    expect(parseExportPeriod('2028-02-29', '2028-02-29')).toEqual({ ok: true, from: { year: 2028, month: 2, day: 29 }, to: { year: 2028, month: 2, day: 29 } });
    expect(parseExportPeriod('2028-01-01', '2028-12-31')).toMatchObject({ ok: true });
    expect(parseExportPeriod('2000-01-01', '2000-01-31')).toMatchObject({ ok: true });
    expect(parseExportPeriod('2100-12-01', '2100-12-31')).toMatchObject({ ok: true });
  });

  it('refuses missing, malformed and impossible dates', () => {
    for (const [from, to] of [
      [null, '2027-01-01'],
      ['2027-01-01', null],
      ['', ''],
      ['2027-1-01', '2027-01-02'],
      ['2027-02-30', '2027-03-01'],
      ['2027-02-29', '2027-03-01'],
      ['2027-13-01', '2027-12-31'],
      ['+02027-01-01', '2027-01-02'],
      ['２０２７-01-01', '2027-01-02'],
      ['2027-01-01\u0000', '2027-01-02'],
    ] as const) {
      expect(parseExportPeriod(from, to), `${from} ${to}`).toEqual({ ok: false, message: FORMAT });
    }
  });

  it('refuses years outside 2000..2100, which would overflow further on', () => {
    expect(parseExportPeriod('9999-12-01', '9999-12-31')).toEqual({ ok: false, message: RANGE });
    expect(parseExportPeriod('1000-01-01', '1000-01-31')).toEqual({ ok: false, message: RANGE });
    expect(parseExportPeriod('1999-12-31', '2000-01-01')).toEqual({ ok: false, message: RANGE });
    expect(parseExportPeriod('2100-12-31', '2101-01-01')).toEqual({ ok: false, message: RANGE });
  });

  it('refuses a period that runs backwards or spans more than 366 days', () => {
    expect(parseExportPeriod('2027-03-02', '2027-03-01')).toEqual({ ok: false, message: '"to" must not be before "from".' });
    expect(parseExportPeriod('2027-01-01', '2028-01-01')).toMatchObject({ ok: true });
    expect(parseExportPeriod('2027-01-01', '2028-01-02')).toEqual({ ok: false, message: 'The period can span at most 366 days.' });
  });
});
