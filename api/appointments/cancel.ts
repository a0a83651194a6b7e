import type { Actor } from '../auth/policies.js';
import type { Appointment } from '../generated/prisma/client.js';
import { queueNotifications } from '../notifications/queue-notifications.js';
import { announceAppointmentChange } from './announce-change.js';
import { guardClientQuota } from './client-quota.js';
import type { AppointmentChangeDeps } from './deps.js';
import { findChangeableAppointment } from './find-changeable-appointment.js';
import type { CancellationClosed, ChangedMeanwhile, NotFound, NotScheduled } from './outcomes.js';

export interface CancelRequest {
  /** A client may cancel their own appointments; the provider and API keys any. */
  actor: Actor;
  appointmentId: string;
  reason: string | null;
}

export type CancelResult = { outcome: 'cancelled'; appointment: Appointment } | NotFound | NotScheduled | CancellationClosed | ChangedMeanwhile;

/**
 * Cancels a scheduled appointment within the cancellation policy, in one transaction with its
 * booking change and its e-mails (the pending reminders are withdrawn). Then every instance hears
 * that the slot is free again, and the worker is asked to send the e-mails and update the calendars.
 * A client can always cancel: the quotas never refuse it, but it counts towards the day's changes.
 */
export async function cancelAppointment(deps: AppointmentChangeDeps, request: CancelRequest, now: Date): Promise<CancelResult> {
  const check = await findChangeableAppointment(deps.prisma, request.actor, request.appointmentId, now);
  if (check.outcome !== 'changeable') return check;
  const appointment = check.appointment;
  const written = await deps.prisma.$transaction(async (tx) => {
    const quota = await guardClientQuota(tx, deps.rules, { clientId: appointment.clientId, kind: 'CANCELLED', byClient: !request.actor.privileged, now });
    // Guarded by status so that two concurrent cancellations cannot both succeed.
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: 'SCHEDULED' },
      data: { status: 'CANCELLED', cancelReason: request.reason, cancelledAt: now, revision: { increment: 1 } },
    });
    if (count === 0) return { outcome: 'changed-meanwhile' as const, reason: 'This appointment was cancelled a moment ago.' };
    await quota.record(appointment.id);
    await queueNotifications(
      tx,
      'CANCELLED',
      { id: appointment.id, startTime: appointment.startTime, clientEmail: appointment.clientEmail },
      deps.providerEmail,
      now,
    );
    return { outcome: 'written' as const };
  });
  if (written.outcome !== 'written') return written;
  await deps.slotChanges.announce([{ id: appointment.slotId, startTime: appointment.startTime, endTime: appointment.endTime }]);
  await announceAppointmentChange(deps, appointment.id);
  return { outcome: 'cancelled', appointment: await deps.prisma.appointment.findUniqueOrThrow({ where: { id: appointment.id } }) };
}
