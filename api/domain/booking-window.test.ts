import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { bookingWindow, outsideWindow, type BookingRules } from './booking-window.js';

const HOUR = 3_600_000;
const LUXEMBOURG = 'Europe/Luxembourg';

/** The instant the wall clock in Luxembourg shows `local` ("YYYY-MM-DDTHH:MM"). */
const lux = (local: string) => fromZonedTime(`${local}:00`, LUXEMBOURG);
const at = (iso: string) => new Date(iso);

/** The answer for a slot starting at `start` when asked at `now`. */
const verdict = (start: Date, now: Date, rules: BookingRules) => outsideWindow(start, bookingWindow(now, rules), rules);

const DEFAULTS: BookingRules = { minBookingNoticeHours: 2, maxDaysAhead: 365 };
const TOO_SOON = (hours: number) => `This time is too soon: bookings need at least ${hours} hours' notice.`;
const TOO_FAR = (days: number) => `Bookings open ${days} days ahead; this time is further away.`;

describe('bookingWindow', () => {
  it('opens the minimum notice after now and closes the maximum days after now', () => {
    const now = at('2027-05-10T08:15:00.000Z');
    expect(bookingWindow(now, DEFAULTS)).toEqual({ earliest: at('2027-05-10T10:15:00.000Z'), latest: at('2028-05-09T08:15:00.000Z') });
    expect(bookingWindow(now, { minBookingNoticeHours: 0, maxDaysAhead: 1 })).toEqual({ earliest: now, latest: at('2027-05-11T08:15:00.000Z') });
    expect(bookingWindow(now, { minBookingNoticeHours: 720, maxDaysAhead: 730 })).toEqual({
      earliest: at('2027-06-09T08:15:00.000Z'),
      latest: at('2029-05-09T08:15:00.000Z'),
    });
  });

  it('leaves the clock it was given alone', () => {
    const now = at('2027-05-10T08:15:00.000Z');
    const window = bookingWindow(now, DEFAULTS);
    window.earliest.setTime(0);
    expect(now.toISOString()).toBe('2027-05-10T08:15:00.000Z');
  });

  it('counts hours and days as fixed lengths of time, so a DST change moves the wall-clock edges', () => {
    // Spring: the night of 2026-03-29 has 23 hours in Luxembourg.
    const spring = bookingWindow(lux('2026-03-28T12:00'), { minBookingNoticeHours: 2, maxDaysAhead: 1 });
    expect(formatInTimeZone(spring.latest, LUXEMBOURG, 'yyyy-MM-dd HH:mm zzz')).toBe('2026-03-29 13:00 GMT+2');
    // Autumn: the night of 2026-10-25 has 25 hours.
    const autumn = bookingWindow(lux('2026-10-24T12:00'), { minBookingNoticeHours: 2, maxDaysAhead: 1 });
    expect(formatInTimeZone(autumn.latest, LUXEMBOURG, 'yyyy-MM-dd HH:mm zzz')).toBe('2026-10-25 11:00 GMT+1');
  });
});

describe('outsideWindow', () => {
  const now = at('2027-05-10T08:00:00.000Z');

  it('accepts a slot from exactly the minimum notice up to just before the last day closes', () => {
    expect(verdict(at('2027-05-10T10:00:00.000Z'), now, DEFAULTS)).toBeNull();
    expect(verdict(at('2027-08-01T07:00:00.000Z'), now, DEFAULTS)).toBeNull();
    expect(verdict(at('2028-05-09T07:59:59.999Z'), now, DEFAULTS)).toBeNull();
  });

  it('refuses a slot inside the notice period, saying how much notice is needed', () => {
    expect(verdict(at('2027-05-10T09:59:59.999Z'), now, DEFAULTS)).toBe(TOO_SOON(2));
    expect(verdict(at('2027-05-10T08:30:00.000Z'), now, DEFAULTS)).toBe(TOO_SOON(2));
    expect(verdict(at('2027-05-12T07:00:00.000Z'), now, { minBookingNoticeHours: 48, maxDaysAhead: 30 })).toBe(TOO_SOON(48));
    // The number is used as it is, also for one hour.
    expect(verdict(at('2027-05-10T08:30:00.000Z'), now, { minBookingNoticeHours: 1, maxDaysAhead: 30 })).toBe(TOO_SOON(1));
  });

  it('calls a slot in the past "already started" when no notice is required, and accepts one starting now', () => {
    const rules = { minBookingNoticeHours: 0, maxDaysAhead: 30 };
    expect(verdict(at('2027-05-10T07:59:59.999Z'), now, rules)).toBe('This time has already started.');
    expect(verdict(at('2027-05-01T09:00:00.000Z'), now, rules)).toBe('This time has already started.');
    expect(verdict(now, now, rules)).toBeNull();
  });

  it('calls a slot in the past "too soon" when notice is required', () => {
    expect(verdict(at('2027-05-01T09:00:00.000Z'), now, DEFAULTS)).toBe(TOO_SOON(2));
  });

  it('refuses a slot from the end of the last day on, saying how far ahead bookings open', () => {
    expect(verdict(at('2028-05-09T08:00:00.000Z'), now, DEFAULTS)).toBe(TOO_FAR(365));
    expect(verdict(at('2030-01-01T08:00:00.000Z'), now, DEFAULTS)).toBe(TOO_FAR(365));
    expect(verdict(at('2027-05-11T08:00:00.000Z'), now, { minBookingNoticeHours: 0, maxDaysAhead: 1 })).toBe(TOO_FAR(1));
  });

  it('checks the notice before the distance when both fail (a notice longer than the window)', () => {
    const rules = { minBookingNoticeHours: 48, maxDaysAhead: 1 };
    expect(verdict(at('2027-05-11T09:00:00.000Z'), now, rules)).toBe(TOO_SOON(48));
  });

  it('agrees with the window: a slot is accepted exactly when earliest <= start < latest', () => {
    const rules = { minBookingNoticeHours: 3, maxDaysAhead: 2 };
    const window = bookingWindow(now, rules);
    for (let minutes = -60; minutes <= 3 * 24 * 60; minutes += 15) {
      const start = new Date(now.getTime() + minutes * 60_000);
      const inside = start >= window.earliest && start < window.latest;
      expect(outsideWindow(start, window, rules) === null, start.toISOString()).toBe(inside);
    }
  });

  describe('across the DST changes in Luxembourg', () => {
    it('spring, 2026-03-29: notice is real time, though the clock jumps from 02:00 to 03:00', () => {
      const now = lux('2026-03-29T01:30');
      expect(now.toISOString()).toBe('2026-03-29T00:30:00.000Z');
      // 03:30 reads two hours later on the wall, but only one hour passes.
      expect(verdict(lux('2026-03-29T03:30'), now, DEFAULTS)).toBe(TOO_SOON(2));
      expect(verdict(lux('2026-03-29T04:29'), now, DEFAULTS)).toBe(TOO_SOON(2));
      expect(verdict(lux('2026-03-29T04:30'), now, DEFAULTS)).toBeNull();
    });

    it('spring: the last bookable day ends an hour later on the wall clock', () => {
      const now = lux('2026-03-28T12:00');
      const rules = { minBookingNoticeHours: 2, maxDaysAhead: 1 };
      expect(verdict(lux('2026-03-29T12:00'), now, rules)).toBeNull();
      expect(verdict(lux('2026-03-29T12:59'), now, rules)).toBeNull();
      expect(verdict(lux('2026-03-29T13:00'), now, rules)).toBe(TOO_FAR(1));
    });

    it('autumn, 2026-10-25: notice is real time, though the clock repeats 02:00 to 03:00', () => {
      const now = at('2026-10-25T00:30:00.000Z'); // 02:30 summer time, the first time round
      expect(formatInTimeZone(now, LUXEMBOURG, 'HH:mm zzz')).toBe('02:30 GMT+2');
      // 02:30 winter time reads the same on the wall, an hour later.
      expect(verdict(at('2026-10-25T01:30:00.000Z'), now, DEFAULTS)).toBe(TOO_SOON(2));
      // 03:30 winter time reads one hour later on the wall, but two hours pass.
      expect(formatInTimeZone(at('2026-10-25T02:30:00.000Z'), LUXEMBOURG, 'HH:mm zzz')).toBe('03:30 GMT+1');
      expect(verdict(at('2026-10-25T02:30:00.000Z'), now, DEFAULTS)).toBeNull();
    });

    it('autumn: the last bookable day ends an hour earlier on the wall clock', () => {
      const now = lux('2026-10-24T12:00');
      const rules = { minBookingNoticeHours: 2, maxDaysAhead: 1 };
      expect(verdict(lux('2026-10-25T10:59'), now, rules)).toBeNull();
      expect(verdict(lux('2026-10-25T11:00'), now, rules)).toBe(TOO_FAR(1));
      expect(verdict(lux('2026-10-25T12:00'), now, rules)).toBe(TOO_FAR(1));
    });
  });

  it('answers the same for a client anywhere: the window is made of instants, not local dates', () => {
    // 23:30 in Luxembourg on 2027-05-10 is already 11 May in Kiritimati and still the 10th in Pago Pago.
    const now = lux('2027-05-10T23:30');
    expect(formatInTimeZone(now, 'Pacific/Kiritimati', 'yyyy-MM-dd')).toBe('2027-05-11');
    expect(formatInTimeZone(now, 'Pacific/Pago_Pago', 'yyyy-MM-dd')).toBe('2027-05-10');
    const rules = { minBookingNoticeHours: 2, maxDaysAhead: 1 };
    expect(verdict(lux('2027-05-11T01:29'), now, rules)).toBe(TOO_SOON(2));
    expect(verdict(lux('2027-05-11T01:30'), now, rules)).toBeNull();
    expect(verdict(lux('2027-05-11T23:29'), now, rules)).toBeNull();
    expect(verdict(lux('2027-05-11T23:30'), now, rules)).toBe(TOO_FAR(1));
    expect(verdict(new Date(now.getTime() + 24 * HOUR), now, rules)).toBe(TOO_FAR(1));
  });
});
