import { syncAppointmentEvent } from '../../api/calendar-sync/sync-appointment-event.js';
import { defineJob } from '../registry.js';
import type { WorkerDeps } from '../worker-deps.js';

export const syncCalendarEvent = defineJob<'sync-calendar-event', WorkerDeps>(
  'sync-calendar-event',
  async ({ appointmentId }, deps) => {
    if (deps.calendarSync) await syncAppointmentEvent(deps.calendarSync, appointmentId);
  },
  { retries: { maxRetries: 6, delayMs: 5_000 }, concurrency: 4 },
);
