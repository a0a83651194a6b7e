import type { Services } from '../services.js';

/**
 * After a committed change: ask a worker to send the queued e-mails and update the
 * calendars now. If this fails, nothing is lost: the e-mails wait in the outbox and the
 * periodic jobs pick them up.
 */
export async function announceAppointmentChange(services: Pick<Services, 'jobs' | 'logger'>, appointmentId: string): Promise<void> {
  try {
    await services.jobs.enqueue('deliver-notifications', {});
    await services.jobs.enqueue('sync-calendar-event', { appointmentId });
  } catch (error) {
    services.logger.warn({ err: (error as Error).message, appointmentId }, 'could not enqueue follow-up jobs; the periodic run will catch up');
  }
}
