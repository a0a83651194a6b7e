import { deliverDueNotifications } from '../../api/notifications/deliver-due-notifications.js';
import { defineJob } from '../registry.js';
import type { WorkerDeps } from '../worker-deps.js';

// Retries closer than this are scheduled precisely; later ones wait for the periodic run.
const FOLLOW_UP_HORIZON_MS = 60_000;

export const deliverNotifications = defineJob<'deliver-notifications', WorkerDeps>(
  'deliver-notifications',
  async (_data, deps, _logger, job) => {
    const { more, nextDueAt } = await deliverDueNotifications(deps, {
      keepAlive: () => job.touch(),
      // Well within both the rows' claims and the job's lock.
      heartbeatMs: Math.min(deps.claimMs, job.lockLifetimeMs) / 3,
    });
    if (more) {
      await deps.jobs.enqueue('deliver-notifications', {});
      return;
    }
    const wait = nextDueAt ? nextDueAt.getTime() - deps.now().getTime() : Infinity;
    // Agenda schedules by the machine's clock; the wait is measured on ours.
    if (wait < FOLLOW_UP_HORIZON_MS) await deps.jobs.enqueue('deliver-notifications', {}, { at: new Date(Date.now() + Math.max(0, wait)) });
  },
  { every: '1 minute', concurrency: 1 },
);
