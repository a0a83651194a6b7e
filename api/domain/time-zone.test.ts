import { describe, expect, it } from 'vitest';
import { parseLocalDate } from './local-date.js';
import { isValidTimeZone, localDateAt, steadyOffsetOn, utcOffsetMinutes, zonedWallClockToUtc } from './time-zone.js';

const LUXEMBOURG = 'Europe/Luxembourg';
const date = (text: string) => parseLocalDate(text)!;
const at = (hours: number, minutes = 0) => hours * 60 + minutes;

describe('time zones', () => {
  it('are IANA names the runtime knows, UTC and aliases included', () => {
    expect(isValidTimeZone(LUXEMBOURG)).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Etc/GMT+5')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('give the UTC offset at an instant, winter and summer', () => {
    expect(utcOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), LUXEMBOURG)).toBe(60);
    expect(utcOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), LUXEMBOURG)).toBe(120);
    expect(utcOffsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'America/St_Johns')).toBe(-150);
  });
});

describe('Luxembourg on the spring change, 2026-03-29 (02:00 CET becomes 03:00 CEST)', () => {
  it('has no steady offset that day, nor on the eve that shares its window; steady ones around them', () => {
    expect(steadyOffsetOn(date('2026-03-29'), LUXEMBOURG)).toBeNull();
    expect(steadyOffsetOn(date('2026-03-28'), LUXEMBOURG)).toBeNull();
    expect(steadyOffsetOn(date('2026-03-27'), LUXEMBOURG)).toBe(60);
    expect(steadyOffsetOn(date('2026-03-30'), LUXEMBOURG)).toBe(120);
  });

  it('has no 02:30, and converts the times before and after the gap', () => {
    expect(zonedWallClockToUtc(date('2026-03-29'), at(2, 30), LUXEMBOURG)).toBeNull();
    expect(zonedWallClockToUtc(date('2026-03-29'), at(2), LUXEMBOURG)).toBeNull();
    expect(zonedWallClockToUtc(date('2026-03-29'), at(1, 30), LUXEMBOURG)?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedWallClockToUtc(date('2026-03-29'), at(3), LUXEMBOURG)?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedWallClockToUtc(date('2026-03-29'), at(9), LUXEMBOURG)?.toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });
});

describe('Luxembourg on the autumn change, 2026-10-25 (03:00 CEST becomes 02:00 CET)', () => {
  it('has no steady offset that day', () => {
    expect(steadyOffsetOn(date('2026-10-25'), LUXEMBOURG)).toBeNull();
    expect(steadyOffsetOn(date('2026-10-26'), LUXEMBOURG)).toBe(60);
  });

  it('takes the first of the two 02:30s, and converts the times around them', () => {
    expect(zonedWallClockToUtc(date('2026-10-25'), at(2, 30), LUXEMBOURG)?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedWallClockToUtc(date('2026-10-25'), at(1, 30), LUXEMBOURG)?.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(zonedWallClockToUtc(date('2026-10-25'), at(3), LUXEMBOURG)?.toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });
});

describe('localDateAt', () => {
  it('is the date on the local wall clock, which differs from UTC near midnight', () => {
    expect(localDateAt(new Date('2026-03-28T23:30:00Z'), 'Europe/Luxembourg')).toEqual({ year: 2026, month: 3, day: 29 });
    expect(localDateAt(new Date('2026-03-29T03:00:00Z'), 'America/New_York')).toEqual({ year: 2026, month: 3, day: 28 });
    expect(localDateAt(new Date('2026-03-28T16:00:00Z'), 'Asia/Tokyo')).toEqual({ year: 2026, month: 3, day: 29 });
  });
});
