import { deliverDueNotifications } from '../../api/notifications/deliver-due-notifications.js';
import { defineJob } from '../registry.js';
import type { WorkerDeps } from '../worker-deps.js';

// Retries closer than this are scheduled precisely; later ones wait for the periodic run.
const FOLLOW_UP_HORIZON_MS = 60_000;

export const deliverNotifications = defineJob<'deliver-notifications', WorkerDeps>(
  'deliver-notifications',
  async (_data, deps) => {
    const { nextDueAt } = await deliverDueNotifications(deps);
    if (nextDueAt && nextDueAt.getTime() - deps.now().getTime() < FOLLOW_UP_HORIZON_MS) {
      await deps.jobs.enqueue('deliver-notifications', {}, { at: nextDueAt });
    }
  },
  { every: '1 minute', concurrency: 1 },
);
