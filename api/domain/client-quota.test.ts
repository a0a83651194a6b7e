import { describe, expect, it } from 'vitest';
import { quotaProblem } from './client-quota.js';

const quotas = { maxActiveAppointmentsPerClient: 5, maxChangesPerClientPerDay: 20 };

describe('quotaProblem', () => {
  it('lets a client book below both quotas', () => {
    expect(quotaProblem('BOOKED', { upcoming: 4, recentChanges: 19 }, quotas)).toBeNull();
  });

  it('refuses a sixth upcoming appointment, but not a move or a cancellation of one', () => {
    expect(quotaProblem('BOOKED', { upcoming: 5, recentChanges: 0 }, quotas)).toBe(
      'You already have 5 upcoming appointments; a client may hold at most 5 at a time. Cancel one to book another.',
    );
    expect(quotaProblem('RESCHEDULED', { upcoming: 5, recentChanges: 0 }, quotas)).toBeNull();
    expect(quotaProblem('CANCELLED', { upcoming: 9, recentChanges: 0 }, quotas)).toBeNull();
  });

  it('refuses bookings and moves once the daily changes are used up, but never a cancellation', () => {
    for (const kind of ['BOOKED', 'RESCHEDULED'] as const) {
      expect(quotaProblem(kind, { upcoming: 0, recentChanges: 20 }, quotas)).toMatch(/^You have made 20 booking changes in the last 24 hours/);
    }
    expect(quotaProblem('CANCELLED', { upcoming: 5, recentChanges: 500 }, quotas)).toBeNull();
  });

  it('counts in the singular for a quota of one', () => {
    expect(quotaProblem('BOOKED', { upcoming: 1, recentChanges: 0 }, { ...quotas, maxActiveAppointmentsPerClient: 1 })).toMatch(
      /^You already have 1 upcoming appointment; a client may hold at most 1 at a time/,
    );
  });
});
