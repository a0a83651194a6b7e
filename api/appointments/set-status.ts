import type { Appointment } from '../generated/prisma/client.js';
import type { Services } from '../services.js';
import { announceAppointmentChange } from './announce-change.js';
import type { NotFound } from './outcomes.js';

/** How an appointment that has started turned out. */
export type AppointmentOutcome = 'COMPLETED' | 'NO_SHOW';

export interface SetStatusRequest {
  appointmentId: string;
  status: AppointmentOutcome;
}

export type SetStatusResult =
  | { outcome: 'marked'; appointment: Appointment }
  | NotFound
  | { outcome: 'cancelled-appointment'; reason: string }
  | { outcome: 'not-started'; reason: string };

/**
 * Records how an appointment turned out, once it has started (a later mark replaces an earlier
 * one). For the provider: callers authorize. The revision moves and a calendar sync is queued,
 * so a no-show's event leaves the calendars.
 */
export async function setAppointmentStatus(deps: Pick<Services, 'prisma' | 'jobs' | 'logger'>, request: SetStatusRequest, now: Date): Promise<SetStatusResult> {
  const appointment = await deps.prisma.appointment.findUnique({ where: { id: request.appointmentId } });
  if (!appointment) return { outcome: 'not-found' };
  if (appointment.status === 'CANCELLED') {
    return { outcome: 'cancelled-appointment', reason: 'A cancelled appointment cannot be marked completed or no-show.' };
  }
  if (appointment.startTime > now) return { outcome: 'not-started', reason: 'Only an appointment that has started can be marked.' };
  const marked = await deps.prisma.appointment.update({
    where: { id: appointment.id },
    data: { status: request.status, outcomeRecordedAt: now, revision: { increment: 1 } },
  });
  await announceAppointmentChange(deps, marked.id);
  return { outcome: 'marked', appointment: marked };
}
