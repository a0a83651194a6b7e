import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { mayChangeAppointment } from './cancellation-policy.js';

const MINUTE = 60_000;
const LUXEMBOURG = 'Europe/Luxembourg';
const lux = (local: string) => fromZonedTime(`${local}:00`, LUXEMBOURG);
const at = (iso: string) => new Date(iso);
const minus = (date: Date, ms: number) => new Date(date.getTime() - ms);

const STARTED = { allowed: false, reason: 'This appointment has already started.' };
const CLOSED = (hours: number) => ({ allowed: false, reason: `Appointments can be cancelled or rescheduled up to ${hours} hours before they start.` });
const ALLOWED = { allowed: true };

const byClient = (startTime: Date, now: Date, noticeHours = 24) => mayChangeAppointment({ startTime, now, noticeHours, byProvider: false });
const byProvider = (startTime: Date, now: Date, noticeHours = 24) => mayChangeAppointment({ startTime, now, noticeHours, byProvider: true });

describe('mayChangeAppointment', () => {
  const start = at('2027-05-10T09:00:00.000Z');

  it('lets a client change an appointment until exactly the notice period before it starts', () => {
    expect(byClient(start, at('2027-05-01T09:00:00.000Z'))).toEqual(ALLOWED);
    expect(byClient(start, at('2027-05-09T09:00:00.000Z'))).toEqual(ALLOWED);
    expect(byClient(start, at('2027-05-09T09:00:00.001Z'))).toEqual(CLOSED(24));
    expect(byClient(start, minus(start, MINUTE))).toEqual(CLOSED(24));
  });

  it('states the provider’s notice period in the refusal', () => {
    expect(byClient(start, minus(start, 47 * 60 * MINUTE), 48)).toEqual(CLOSED(48));
    expect(byClient(start, minus(start, 30 * MINUTE), 1)).toEqual(CLOSED(1));
    expect(byClient(start, minus(start, 48 * 60 * MINUTE), 48)).toEqual(ALLOWED);
  });

  it('without a notice period lets a client change it until it starts', () => {
    expect(byClient(start, minus(start, 1), 0)).toEqual(ALLOWED);
    expect(byClient(start, start, 0)).toEqual(STARTED);
  });

  it('lets the provider change a future appointment at any time, whatever the notice period', () => {
    expect(byProvider(start, minus(start, 1))).toEqual(ALLOWED);
    expect(byProvider(start, minus(start, 60 * MINUTE), 720)).toEqual(ALLOWED);
    expect(byProvider(start, at('2027-01-01T00:00:00.000Z'))).toEqual(ALLOWED);
  });

  it('refuses everyone, the provider too, once the appointment has started', () => {
    for (const decide of [byClient, byProvider]) {
      expect(decide(start, start)).toEqual(STARTED);
      expect(decide(start, at('2027-05-10T09:00:00.001Z'))).toEqual(STARTED);
      expect(decide(start, at('2027-06-01T00:00:00.000Z'), 0)).toEqual(STARTED);
    }
  });

  it('reports "started" before "closed" for a client whose notice period has also passed', () => {
    expect(byClient(start, at('2027-05-10T10:00:00.000Z'), 24)).toEqual(STARTED);
  });

  describe('across the DST changes in Luxembourg (notice counts real hours)', () => {
    it('spring, 2026-03-29: the deadline for a 09:00 appointment is 08:00 the day before', () => {
      const appointment = lux('2026-03-29T09:00');
      expect(appointment.toISOString()).toBe('2026-03-29T07:00:00.000Z');
      expect(byClient(appointment, lux('2026-03-28T08:00'))).toEqual(ALLOWED);
      // 08:30 the day before reads more than 24 hours earlier, but only 23.5 hours pass.
      expect(byClient(appointment, lux('2026-03-28T08:30'))).toEqual(CLOSED(24));
      expect(byClient(appointment, lux('2026-03-28T09:00'))).toEqual(CLOSED(24));
    });

    it('autumn, 2026-10-25: the deadline for a 09:00 appointment is 10:00 the day before', () => {
      const appointment = lux('2026-10-25T09:00');
      expect(appointment.toISOString()).toBe('2026-10-25T08:00:00.000Z');
      // 09:30 the day before reads less than 24 hours earlier, but 24.5 hours pass.
      expect(byClient(appointment, lux('2026-10-24T09:30'))).toEqual(ALLOWED);
      expect(byClient(appointment, lux('2026-10-24T10:00'))).toEqual(ALLOWED);
      expect(byClient(appointment, lux('2026-10-24T10:01'))).toEqual(CLOSED(24));
    });

    it('autumn: with two hours’ notice, a 02:45 winter-time appointment closes at 01:45 summer time', () => {
      const appointment = at('2026-10-25T01:45:00.000Z');
      expect(formatInTimeZone(appointment, LUXEMBOURG, 'HH:mm zzz')).toBe('02:45 GMT+1');
      // At 01:30 the wall clock shows 1 hour 15 minutes to go, but 2 hours 15 minutes pass.
      const halfPastOne = at('2026-10-24T23:30:00.000Z');
      expect(formatInTimeZone(halfPastOne, LUXEMBOURG, 'yyyy-MM-dd HH:mm zzz')).toBe('2026-10-25 01:30 GMT+2');
      expect(byClient(appointment, halfPastOne, 2)).toEqual(ALLOWED);
      expect(byClient(appointment, at('2026-10-24T23:45:00.000Z'), 2)).toEqual(ALLOWED);
      expect(byClient(appointment, at('2026-10-24T23:46:00.000Z'), 2)).toEqual(CLOSED(2));
      // 02:30 happens twice; both are too late.
      expect(byClient(appointment, at('2026-10-25T00:30:00.000Z'), 2)).toEqual(CLOSED(2));
      expect(byClient(appointment, at('2026-10-25T01:30:00.000Z'), 2)).toEqual(CLOSED(2));
    });
  });

  it('decides the same for a client far away: only instants count', () => {
    // 09:00 in Luxembourg is 19:00 the same day in Auckland (winter there) and 21:00 the day before in Honolulu.
    const appointment = lux('2027-07-15T09:00');
    expect(formatInTimeZone(appointment, 'Pacific/Auckland', 'yyyy-MM-dd HH:mm')).toBe('2027-07-15 19:00');
    expect(formatInTimeZone(appointment, 'Pacific/Honolulu', 'yyyy-MM-dd HH:mm')).toBe('2027-07-14 21:00');
    // The client in Honolulu at 20:59 on the 13th, their time: 24 hours and 1 minute before.
    const honolulu = fromZonedTime('2027-07-13T20:59:00', 'Pacific/Honolulu');
    expect(byClient(appointment, honolulu)).toEqual(ALLOWED);
    expect(byClient(appointment, fromZonedTime('2027-07-13T21:01:00', 'Pacific/Honolulu'))).toEqual(CLOSED(24));
  });
});
