import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatLocalDate, formatWallClock, isoWeekday, isSupportedDate, parseLocalDate, parseWallClock } from './local-date.js';

const date = (text: string) => parseLocalDate(text)!;

describe('local dates', () => {
  it('parse real calendar dates only', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const text of ['2027-02-29', '2027-13-01', '2027-04-31', '2027-00-10', '2027-1-01', '27-01-01', '2027-01-01T00:00', '']) {
      expect(parseLocalDate(text), text).toBeNull();
    }
  });

  it('lie in the supported years 2000 to 2100', () => {
    expect(isSupportedDate(date('2000-01-01'))).toBe(true);
    expect(isSupportedDate(date('2100-12-31'))).toBe(true);
    expect(isSupportedDate(date('1999-12-31'))).toBe(false);
    expect(isSupportedDate(date('2101-01-01'))).toBe(false);
  });

  it('format with zero padding', () => {
    expect(formatLocalDate({ year: 2027, month: 3, day: 5 })).toBe('2027-03-05');
    expect(formatLocalDate({ year: 999, month: 1, day: 1 })).toBe('0999-01-01');
  });

  it('count days across months, leap days and the DST changes', () => {
    expect(daysBetween(date('2026-03-28'), date('2026-03-30'))).toBe(2);
    expect(daysBetween(date('2026-10-24'), date('2026-10-26'))).toBe(2);
    expect(daysBetween(date('2028-02-28'), date('2028-03-01'))).toBe(2);
    expect(daysBetween(date('2027-01-10'), date('2027-01-10'))).toBe(0);
    expect(daysBetween(date('2027-01-10'), date('2027-01-09'))).toBe(-1);
  });

  it('add days over month and year ends, forwards and back', () => {
    expect(addDays(date('2027-12-31'), 1)).toEqual(date('2028-01-01'));
    expect(addDays(date('2028-03-01'), -1)).toEqual(date('2028-02-29'));
    expect(addDays(date('2026-03-28'), 1)).toEqual(date('2026-03-29'));
  });

  it('number weekdays from Monday (1) to Sunday (7)', () => {
    expect(isoWeekday(date('2026-03-29'))).toBe(7);
    expect(isoWeekday(date('2026-03-30'))).toBe(1);
    expect(isoWeekday(date('2026-10-24'))).toBe(6);
  });
});

describe('wall-clock times', () => {
  it('parse "HH:MM" into minutes after midnight, 24:00 included as an end of day', () => {
    expect(parseWallClock('00:00')).toBe(0);
    expect(parseWallClock('09:30')).toBe(570);
    expect(parseWallClock('23:59')).toBe(1439);
    expect(parseWallClock('24:00')).toBe(1440);
  });

  it('refuse anything else', () => {
    for (const text of ['24:01', '25:00', '9:00', '09:60', '09:00:00', '0900', ' 09:00', '']) {
      expect(parseWallClock(text), text).toBeNull();
    }
  });

  it('format minutes back', () => {
    expect(formatWallClock(0)).toBe('00:00');
    expect(formatWallClock(570)).toBe('09:30');
    expect(formatWallClock(1440)).toBe('24:00');
  });
});
