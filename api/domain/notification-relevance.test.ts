import { describe, expect, it } from 'vitest';
import { reasonNotToSend } from './notification-relevance.js';

const start = new Date('2027-03-29T07:00:00Z');
const scheduled = { status: 'SCHEDULED', startTime: start };
const at = (iso: string) => new Date(iso);

describe('reasonNotToSend', () => {
  it('lets a reminder go until an hour before the start', () => {
    expect(reasonNotToSend({ kind: 'REMINDER', appointmentStart: start }, scheduled, at('2027-03-28T07:00:00Z'))).toBeNull();
    expect(reasonNotToSend({ kind: 'REMINDER', appointmentStart: start }, scheduled, at('2027-03-29T05:59:59Z'))).toBeNull();
  });

  it('holds back a reminder within the hour before the start, or after it', () => {
    for (const now of ['2027-03-29T06:00:00Z', '2027-03-29T06:30:00Z', '2027-03-29T07:10:00Z', '2027-05-13T07:00:00Z']) {
      expect(reasonNotToSend({ kind: 'REMINDER', appointmentStart: start }, scheduled, at(now))).toMatch(/starts within the hour or has started/);
    }
  });

  it('holds back confirmations and reminders of an appointment that moved or was cancelled', () => {
    const now = at('2027-03-20T00:00:00Z');
    const moved = { status: 'SCHEDULED', startTime: new Date('2027-03-30T07:00:00Z') };
    for (const kind of ['BOOKING_CONFIRMED', 'APPOINTMENT_RESCHEDULED', 'REMINDER'] as const) {
      expect(reasonNotToSend({ kind, appointmentStart: start }, moved, now)).toMatch(/moved to another time/);
      expect(reasonNotToSend({ kind, appointmentStart: start }, { status: 'CANCELLED', startTime: start }, now)).toMatch(/was cancelled/);
      expect(reasonNotToSend({ kind, appointmentStart: start }, { status: 'COMPLETED', startTime: start }, now)).toMatch(/no longer scheduled \(completed\)/);
    }
    expect(reasonNotToSend({ kind: 'BOOKING_CONFIRMED', appointmentStart: start }, scheduled, now)).toBeNull();
  });

  it('sends a cancellation notice only for a cancelled appointment, even at the last minute', () => {
    expect(
      reasonNotToSend({ kind: 'APPOINTMENT_CANCELLED', appointmentStart: start }, { status: 'CANCELLED', startTime: start }, at('2027-03-29T06:55:00Z')),
    ).toBeNull();
    expect(reasonNotToSend({ kind: 'APPOINTMENT_CANCELLED', appointmentStart: start }, scheduled, at('2027-03-20T00:00:00Z'))).toMatch(/not cancelled/);
  });
});
