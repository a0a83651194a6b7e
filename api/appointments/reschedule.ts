import type { Actor } from '../auth/policies.js';
import type { Appointment } from '../generated/prisma/client.js';
import { queueNotifications } from '../notifications/queue-notifications.js';
import { announceAppointmentChange } from './announce-change.js';
import { findBookableSlot, settleSlotConflict } from './bookable-slot.js';
import { guardClientQuota } from './client-quota.js';
import type { AppointmentChangeDeps } from './deps.js';
import { findChangeableAppointment } from './find-changeable-appointment.js';
import type { CancellationClosed, ChangedMeanwhile, NotFound, NotScheduled, QuotaExceeded, SlotUnavailable } from './outcomes.js';

export interface RescheduleRequest {
  /** A client may move their own appointments; the provider and API keys any. */
  actor: Actor;
  appointmentId: string;
  /** The free slot to move to. */
  slotId: string;
}

export type RescheduleResult =
  | { outcome: 'rescheduled'; appointment: Appointment }
  | { outcome: 'same-slot'; reason: string }
  | NotFound
  | NotScheduled
  | CancellationClosed
  | QuotaExceeded
  | SlotUnavailable
  | ChangedMeanwhile;

/**
 * Moves a scheduled appointment, within the cancellation policy, to another free slot within the
 * booking window: one transaction checks the quotas and the slot, moves the row (guarded by its old
 * slot and status) and writes its booking change and e-mails (the reminders move along). Then every
 * instance hears that both slots changed, and the worker is asked to send the e-mails and update
 * the calendars.
 */
export async function rescheduleAppointment(deps: AppointmentChangeDeps, request: RescheduleRequest, now: Date): Promise<RescheduleResult> {
  const check = await findChangeableAppointment(deps.prisma, request.actor, request.appointmentId, now);
  if (check.outcome !== 'changeable') return check;
  const current = check.appointment;
  if (current.slotId === request.slotId) return { outcome: 'same-slot', reason: 'The appointment is already in this slot.' };
  const rules = await deps.rules.get();
  const moved = await settleSlotConflict(async () => {
    const written = await deps.prisma.$transaction(async (tx) => {
      const quota = await guardClientQuota(tx, deps.rules, { clientId: current.clientId, kind: 'RESCHEDULED', byClient: !request.actor.privileged, now });
      if (quota.outcome === 'quota-exceeded') return quota;
      const bookable = await findBookableSlot(tx, request.slotId, now, rules);
      if (bookable.outcome === 'slot-unavailable') return bookable;
      const { slot } = bookable;
      const { count } = await tx.appointment.updateMany({
        where: { id: current.id, status: 'SCHEDULED', slotId: current.slotId },
        data: { slotId: slot.id, startTime: slot.startTime, endTime: slot.endTime, revision: { increment: 1 } },
      });
      if (count === 0) return { outcome: 'changed-meanwhile' as const, reason: 'This appointment changed a moment ago; reload it.' };
      await quota.record(current.id);
      await queueNotifications(tx, 'RESCHEDULED', { id: current.id, startTime: slot.startTime, clientEmail: current.clientEmail }, deps.providerEmail, now);
      return { outcome: 'moved' as const, slot };
    });
    if (written.outcome !== 'moved') return written;
    await deps.slotChanges.announce([{ id: current.slotId, startTime: current.startTime, endTime: current.endTime }, written.slot]);
    await announceAppointmentChange(deps, current.id);
    return written;
  });
  if (moved.outcome !== 'moved') return moved;
  return { outcome: 'rescheduled', appointment: await deps.prisma.appointment.findUniqueOrThrow({ where: { id: current.id } }) };
}
