import type { Services } from '../services.js';

export type CompletePastResult = { outcome: 'completed'; count: number };

/**
 * Marks every scheduled appointment that has ended by `now` as completed, in one statement.
 * The provider may still mark one a no-show afterwards (setAppointmentStatus). The revision does
 * not move: calendars keep showing a completed appointment, so they have nothing to follow.
 */
export async function completePastAppointments(deps: Pick<Services, 'prisma'>, now: Date): Promise<CompletePastResult> {
  const { count } = await deps.prisma.appointment.updateMany({
    where: { status: 'SCHEDULED', endTime: { lte: now } },
    data: { status: 'COMPLETED' },
  });
  return { outcome: 'completed', count };
}
