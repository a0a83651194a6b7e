import type { AppointmentStatus } from '../generated/prisma/client.js';

// The expected refusals of the appointment use cases, shared by those that can meet them. Each
// carries its explanation in words for people; callers choose how to present it.

/** No appointment with this id that the actor may see. */
export type NotFound = { outcome: 'not-found' };

/** The appointment is no longer scheduled (cancelled, completed, a no-show). */
export type NotScheduled = { outcome: 'not-scheduled'; status: AppointmentStatus; reason: string };

/** The cancellation notice period has begun, or the appointment has started. */
export type CancellationClosed = { outcome: 'cancellation-closed'; reason: string };

/** The client's quota of appointments or changes is used up. */
export type QuotaExceeded = { outcome: 'quota-exceeded'; reason: string };

/** The slot is gone, withheld, taken, or outside the booking window. */
export type SlotUnavailable = { outcome: 'slot-unavailable'; reason: string };

/** Another change to the same appointment committed first. */
export type ChangedMeanwhile = { outcome: 'changed-meanwhile'; reason: string };
