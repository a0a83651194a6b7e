import { mayChangeAppointment } from '../domain/cancellation-policy.js';
import type { Actor } from '../auth/policies.js';
import type { PrismaClient } from '../db/prisma.js';
import { loadProviderRules } from '../settings/provider-settings.js';
import type { CancellationClosed, NotFound, NotScheduled } from './outcomes.js';

export interface ChangeableAppointment {
  id: string;
  slotId: string;
  startTime: Date;
  endTime: Date;
  clientId: string;
  clientEmail: string;
}

export type ChangeCheck = { outcome: 'changeable'; appointment: ChangeableAppointment } | NotFound | NotScheduled | CancellationClosed;

/**
 * Finds an appointment that `actor` may cancel or reschedule now: their own (or any, for
 * the provider or an API key), still scheduled, and within the provider's cancellation notice policy.
 */
export async function findChangeableAppointment(prisma: PrismaClient, actor: Actor, appointmentId: string, now: Date): Promise<ChangeCheck> {
  const byProvider = actor.privileged;
  if (!byProvider && !actor.userId) return { outcome: 'not-found' };
  const appointment = await prisma.appointment.findFirst({
    where: { id: appointmentId, ...(byProvider ? {} : { userId: actor.userId! }) },
    select: { id: true, slotId: true, startTime: true, endTime: true, status: true, user: { select: { id: true, email: true } } },
  });
  if (!appointment) return { outcome: 'not-found' };
  if (appointment.status !== 'SCHEDULED') {
    const status = appointment.status;
    return { outcome: 'not-scheduled', status, reason: `This appointment is ${status.toLowerCase().replace('_', '-')} and can no longer be changed.` };
  }
  const { cancellationNoticeHours } = await loadProviderRules(prisma);
  const decision = mayChangeAppointment({ startTime: appointment.startTime, now, noticeHours: cancellationNoticeHours, byProvider });
  if (!decision.allowed) return { outcome: 'cancellation-closed', reason: decision.reason };
  const { user, ...rest } = appointment;
  return { outcome: 'changeable', appointment: { ...rest, clientId: user.id, clientEmail: user.email } };
}
