import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, timeZoneCity, timeZoneLabel, utcOffsetLabel, utcOffsetMinutesOf } from './time-zone-label.js';

const WINTER = new Date('2027-01-15T12:00:00Z');
const SUMMER = new Date('2027-07-15T12:00:00Z');

describe('time zone labels', () => {
  it('names the place and the offset in force at the instant', () => {
    expect(timeZoneLabel('America/New_York', WINTER)).toBe('New York time (GMT-5)');
    expect(timeZoneLabel('America/New_York', SUMMER)).toBe('New York time (GMT-4)');
    expect(timeZoneLabel('Asia/Tokyo', SUMMER)).toBe('Tokyo time (GMT+9)');
    expect(timeZoneLabel('America/Argentina/Buenos_Aires', WINTER)).toBe('Buenos Aires time (GMT-3)');
  });

  it('names zones without a place by their offset', () => {
    expect(timeZoneLabel('UTC', WINTER)).toBe('UTC');
    expect(timeZoneLabel('Etc/GMT+5', WINTER)).toBe('GMT-5');
    expect(timeZoneCity('Etc/UTC')).toBe('UTC');
  });

  it('reads offsets with minutes, and in minutes', () => {
    expect(utcOffsetLabel('Asia/Kolkata', WINTER)).toBe('GMT+5:30');
    expect(utcOffsetMinutesOf('Asia/Kolkata', WINTER)).toBe(330);
    expect(utcOffsetMinutesOf('America/St_Johns', WINTER)).toBe(-210);
    expect(utcOffsetMinutesOf('Europe/London', WINTER)).toBe(0);
    expect(utcOffsetMinutesOf('Europe/Luxembourg', SUMMER)).toBe(120);
  });

  it('spells names as the zone database does, and keeps names it knows as they are', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(() => canonicalTimeZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
