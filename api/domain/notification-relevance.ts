// Whether a queued e-mail still tells the truth when its turn comes. Pure: the worker asks it
// right before sending, under its claim on the row.

export type EmailKind = 'BOOKING_CONFIRMED' | 'APPOINTMENT_RESCHEDULED' | 'APPOINTMENT_CANCELLED' | 'REMINDER';

/** A reminder this close to the start, or later, would come too late to be of use. */
export const REMINDER_MIN_LEAD_MS = 3_600_000;

/**
 * Why the e-mail must not go out, or null when it may: a confirmation, change notice or reminder
 * only for a scheduled appointment still at the start it announces; a cancellation notice only for
 * a cancelled appointment; a reminder only more than an hour before the start.
 */
export function reasonNotToSend(
  email: { kind: EmailKind; appointmentStart: Date },
  appointment: { status: string; startTime: Date },
  now: Date,
): string | null {
  if (email.kind === 'APPOINTMENT_CANCELLED') {
    return appointment.status === 'CANCELLED' ? null : 'Not sent: the appointment is not cancelled any more.';
  }
  if (appointment.status === 'CANCELLED') return 'Not sent: the appointment was cancelled.';
  if (appointment.status !== 'SCHEDULED') return `Not sent: the appointment is no longer scheduled (${appointment.status.toLowerCase()}).`;
  if (appointment.startTime.getTime() !== email.appointmentStart.getTime()) {
    return 'Not sent: the appointment moved to another time; the e-mail about the move replaces it.';
  }
  if (email.kind === 'REMINDER' && appointment.startTime.getTime() - now.getTime() <= REMINDER_MIN_LEAD_MS) {
    return 'Not sent: the appointment starts within the hour or has started; the reminder would come too late.';
  }
  return null;
}
