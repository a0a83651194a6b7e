import { syncProviderBusyTimes } from '../../api/calendar-sync/sync-provider-busy-times.js';
import { defineJob } from '../registry.js';
import type { WorkerDeps } from '../worker-deps.js';

export const syncProviderBusyTimesJob = defineJob<'sync-provider-busy-times', WorkerDeps>(
  'sync-provider-busy-times',
  async (_data, deps, logger) => {
    if (!deps.calendarSync) return;
    const changed = await syncProviderBusyTimes({ ...deps.calendarSync, slotChanges: deps.slotChanges, now: deps.now });
    if (changed > 0) logger.info({ changed }, "slots follow the provider's Google Calendar");
  },
  { every: '5 minutes', concurrency: 1, retries: { maxRetries: 3, delayMs: 10_000 } },
);
