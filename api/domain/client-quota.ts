// Per-client quotas, so that one client cannot hoard the calendar or make the server send e-mail
// after e-mail by booking and cancelling in a loop. Pure: the counts come from the database.

export type BookingChangeKind = 'BOOKED' | 'RESCHEDULED' | 'CANCELLED';

export interface ClientQuotas {
  maxActiveAppointmentsPerClient: number;
  maxChangesPerClientPerDay: number;
}

export interface ClientActivity {
  /** Scheduled appointments that have not started yet. */
  upcoming: number;
  /** Changes the client made in the last QUOTA_WINDOW_MS. */
  recentChanges: number;
}

export const QUOTA_WINDOW_MS = 24 * 3_600_000;

/**
 * Why the client may not make this change, in words for them, or null when they may. A client
 * can always cancel: giving a time back must never be blocked, and what they can cancel is
 * bounded by the appointments they may hold. Cancellations still count towards the day.
 */
export function quotaProblem(kind: BookingChangeKind, activity: ClientActivity, quotas: ClientQuotas): string | null {
  if (kind === 'CANCELLED') return null;
  if (activity.recentChanges >= quotas.maxChangesPerClientPerDay) {
    return `You have made ${activity.recentChanges} booking changes in the last 24 hours, the most allowed. Please try again later or contact us.`;
  }
  if (kind === 'BOOKED' && activity.upcoming >= quotas.maxActiveAppointmentsPerClient) {
    const plural = activity.upcoming === 1 ? '' : 's';
    return `You already have ${activity.upcoming} upcoming appointment${plural}; a client may hold at most ${quotas.maxActiveAppointmentsPerClient} at a time. Cancel one to book another.`;
  }
  return null;
}
