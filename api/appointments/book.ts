import type { Actor } from '../auth/policies.js';
import type { Appointment } from '../generated/prisma/client.js';
import { queueNotifications } from '../notifications/queue-notifications.js';
import { announceAppointmentChange } from './announce-change.js';
import { findBookableSlot, settleSlotConflict } from './bookable-slot.js';
import { guardClientQuota } from './client-quota.js';
import type { AppointmentChangeDeps } from './deps.js';
import type { QuotaExceeded, SlotUnavailable } from './outcomes.js';

export interface BookRequest {
  /** Who books: a client counts against their quotas, the provider does not. */
  actor: Actor;
  /** Whose appointment it becomes; the confirmation goes to this address. */
  client: { id: string; email: string };
  slotId: string;
  notes: string | null;
}

export type BookResult = { outcome: 'booked'; appointment: Appointment } | SlotUnavailable | QuotaExceeded;

/**
 * Books a free slot for a client, in one transaction: the client's quotas, the slot and the
 * booking window are checked, the appointment, its booking change and its e-mails are written.
 * Then every instance hears that the slot is taken, and the worker is asked to send the e-mails
 * and update the calendars.
 */
export async function bookAppointment(deps: AppointmentChangeDeps, request: BookRequest, now: Date): Promise<BookResult> {
  const { actor, client } = request;
  const rules = await deps.rules.get();
  return settleSlotConflict(async () => {
    const written = await deps.prisma.$transaction(async (tx) => {
      const quota = await guardClientQuota(tx, deps.rules, { clientId: client.id, kind: 'BOOKED', byClient: !actor.privileged, now });
      if (quota.outcome === 'quota-exceeded') return quota;
      const bookable = await findBookableSlot(tx, request.slotId, now, rules);
      if (bookable.outcome === 'slot-unavailable') return bookable;
      const { slot } = bookable;
      const appointment = await tx.appointment.create({
        data: { userId: client.id, slotId: slot.id, startTime: slot.startTime, endTime: slot.endTime, notes: request.notes },
      });
      await quota.record(appointment.id);
      await queueNotifications(tx, 'BOOKED', { id: appointment.id, startTime: slot.startTime, clientEmail: client.email }, deps.providerEmail, now);
      return { outcome: 'booked' as const, appointment, slot };
    });
    if (written.outcome !== 'booked') return written;
    await deps.slotChanges.announce([written.slot]);
    await announceAppointmentChange(deps, written.appointment.id);
    return { outcome: 'booked' as const, appointment: written.appointment };
  });
}
