import type { Prisma } from '../generated/prisma/client.js';

export type AppointmentChange = 'BOOKED' | 'RESCHEDULED' | 'CANCELLED';

const REMINDER_LEAD_MS = 24 * 3_600_000;

const KIND_FOR_CHANGE = {
  BOOKED: 'BOOKING_CONFIRMED',
  RESCHEDULED: 'APPOINTMENT_RESCHEDULED',
  CANCELLED: 'APPOINTMENT_CANCELLED',
} as const;

/**
 * Writes the e-mails that an appointment change owes, inside the caller's transaction
 * (the transactional outbox): a message to the client and a copy to the provider, and
 * the 24-hour reminders, which are cancelled or moved with the appointment.
 */
export async function queueNotifications(
  tx: Prisma.TransactionClient,
  change: AppointmentChange,
  appointment: { id: string; startTime: Date; clientEmail: string },
  providerEmail: string,
  now: Date,
): Promise<void> {
  const recipients = [
    { recipientRole: 'CLIENT' as const, recipientEmail: appointment.clientEmail },
    { recipientRole: 'PROVIDER' as const, recipientEmail: providerEmail },
  ];
  if (change !== 'BOOKED') {
    // claimToken stays: a worker sending one of these right now then records honestly what happened.
    await tx.notification.updateMany({
      where: { appointmentId: appointment.id, kind: 'REMINDER', status: 'QUEUED' },
      data: { status: 'CANCELLED', claimedUntil: null },
    });
  }
  const reminderAt = new Date(appointment.startTime.getTime() - REMINDER_LEAD_MS);
  const withReminders = change !== 'CANCELLED' && reminderAt > now;
  await tx.notification.createMany({
    data: [
      ...recipients.map((recipient) => ({
        appointmentId: appointment.id,
        kind: KIND_FOR_CHANGE[change],
        ...recipient,
        appointmentStart: appointment.startTime,
        dueAt: now,
        nextAttemptAt: now,
      })),
      ...(withReminders
        ? recipients.map((recipient) => ({
            appointmentId: appointment.id,
            kind: 'REMINDER' as const,
            ...recipient,
            appointmentStart: appointment.startTime,
            dueAt: reminderAt,
            nextAttemptAt: reminderAt,
          }))
        : []),
    ],
  });
}
