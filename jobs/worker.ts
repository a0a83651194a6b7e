import { exponential, type Agenda } from 'agenda';
import { completePastAppointments } from './definitions/complete-past-appointments.js';
import { deliverNotifications } from './definitions/deliver-notifications.js';
import { pruneJobHistory } from './definitions/prune-job-history.js';
import { syncCalendarEvent } from './definitions/sync-calendar-event.js';
import { syncProviderBusyTimesJob } from './definitions/sync-provider-busy-times.js';
import type { JobDefinition, JobName } from './registry.js';
import type { WorkerDeps } from './worker-deps.js';

const DEFINITIONS: JobDefinition<JobName, WorkerDeps>[] = [
  deliverNotifications,
  syncCalendarEvent,
  syncProviderBusyTimesJob,
  completePastAppointments,
  pruneJobHistory,
] as JobDefinition<JobName, WorkerDeps>[];

const DEFAULT_LOCK_LIFETIME_MS = 60_000;

/**
 * Runs the jobs on this process. Several workers may run at once (Agenda locks each job);
 * at start every recurring job runs once, so work left by a crashed worker resumes at once.
 */
export async function startWorker(
  agenda: Agenda,
  deps: WorkerDeps,
  options: { retryBaseMs?: number; lockLifetimeMs?: number } = {},
): Promise<{ stop(): Promise<void> }> {
  for (const definition of DEFINITIONS) {
    const logger = deps.logger.child({ job: definition.name });
    const { retries, concurrency } = definition.options;
    agenda.define(
      definition.name,
      async (job) => {
        try {
          await definition.run(job.attrs.data as never, deps, logger, {
            touch: () => job.touch(),
            lockLifetimeMs: options.lockLifetimeMs ?? DEFAULT_LOCK_LIFETIME_MS,
          });
        } catch (error) {
          logger.warn({ err: (error as Error).message }, 'job failed');
          throw error;
        }
      },
      {
        concurrency: concurrency ?? 1,
        ...(retries ? { backoff: exponential({ delay: options.retryBaseMs ?? retries.delayMs, maxRetries: retries.maxRetries, jitter: 0.2 }) } : {}),
      },
    );
  }
  await agenda.start();
  for (const definition of DEFINITIONS) {
    if (!definition.options.every) continue;
    await agenda.every(definition.options.every, definition.name, {});
    await agenda.now(definition.name, {});
  }
  await requeueUnsyncedAppointments(deps);
  return { stop: () => agenda.stop() };
}

/** Calendar changes whose sync job was lost (e.g. a crash right after commit) are queued again. */
async function requeueUnsyncedAppointments(deps: WorkerDeps): Promise<void> {
  if (!deps.calendarSync) return;
  const stale = await deps.prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Appointment" WHERE "calendarSyncedRevision" < "revision" AND "updatedAt" < now() - interval '1 minute' LIMIT 500`;
  for (const { id } of stale) await deps.jobs.enqueue('sync-calendar-event', { appointmentId: id });
}
