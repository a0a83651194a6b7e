export interface BookingWindow {
  /** Bookable slots start at or after this instant... */
  earliest: Date;
  /** ...and before this one. */
  latest: Date;
}

/** The provider's rules that bound how soon and how far ahead a slot may be booked. */
export interface BookingRules {
  minBookingNoticeHours: number;
  maxDaysAhead: number;
}

/** The instants between which slots may be booked at `now`; hours and days are fixed lengths (3,600 and 86,400 seconds). */
export function bookingWindow(now: Date, rules: BookingRules): BookingWindow {
  return {
    earliest: new Date(now.getTime() + rules.minBookingNoticeHours * 3_600_000),
    latest: new Date(now.getTime() + rules.maxDaysAhead * 86_400_000),
  };
}

/** Why a slot's time cannot be booked now, in words for the client; null when it can. */
export function outsideWindow(startTime: Date, window: BookingWindow, rules: BookingRules): string | null {
  if (startTime < window.earliest) {
    return rules.minBookingNoticeHours > 0
      ? `This time is too soon: bookings need at least ${rules.minBookingNoticeHours} hours' notice.`
      : 'This time has already started.';
  }
  if (startTime >= window.latest) return `Bookings open ${rules.maxDaysAhead} days ahead; this time is further away.`;
  return null;
}
