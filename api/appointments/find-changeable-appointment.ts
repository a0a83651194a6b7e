import { mayChangeAppointment } from '../domain/cancellation-policy.js';
import type { Actor } from '../auth/policies.js';
import type { PrismaClient } from '../db/prisma.js';
import { loadProviderRules } from '../settings/provider-settings.js';

export type ChangeCheck =
  | { outcome: 'ok'; appointment: { id: string; slotId: string; startTime: Date; endTime: Date; clientId: string; clientEmail: string } }
  | { outcome: 'not-found' }
  | { outcome: 'not-scheduled'; status: string }
  | { outcome: 'closed'; reason: string };

/**
 * Finds an appointment that `actor` may cancel or reschedule now: their own (or any, for
 * the provider or an API key), still scheduled, and within the provider's cancellation notice policy.
 */

export async function findChangeableAppointment(
  prisma: PrismaClient,
  actor: Actor,
  appointmentId: string,
  now: Date,
): Promise<ChangeCheck> {
  const byProvider = actor.privileged;
  if (!byProvider && !actor.userId) return { outcome: 'not-found' };
  const appointment = await prisma.appointment.findFirst({
    where: { id: appointmentId, ...(byProvider ? {} : { userId: actor.userId! }) },
    select: { id: true, slotId: true, startTime: true, endTime: true, status: true, user: { select: { id: true, email: true } } },
  });
  if (!appointment) return { outcome: 'not-found' };
  if (appointment.status !== 'SCHEDULED') return { outcome: 'not-scheduled', status: appointment.status };
  const { cancellationNoticeHours } = await loadProviderRules(prisma);
  const decision = mayChangeAppointment({
    startTime: appointment.startTime,
    now,
    noticeHours: cancellationNoticeHours,
    byProvider,
  });
  if (!decision.allowed) return { outcome: 'closed', reason: decision.reason };
  const { user, ...rest } = appointment;
  return { outcome: 'ok', appointment: { ...rest, clientId: user.id, clientEmail: user.email } };
}
