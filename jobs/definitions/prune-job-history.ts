import { defineJob } from '../registry.js';
import type { WorkerDeps } from '../worker-deps.js';

const KEEP_FAILED_MS = 7 * 86_400_000;

/**
 * Succeeded one-off jobs are removed by Agenda itself (removeOnComplete); the ones that failed for
 * good stay a week for inspection, then go, so that agenda_jobs stays bounded.
 */
export const pruneJobHistory = defineJob<'prune-job-history', WorkerDeps>(
  'prune-job-history',
  async (_data, deps, logger) => {
    // Agenda stamps its rows with the machine's clock, not the application's.
    const cutoff = new Date(Date.now() - KEEP_FAILED_MS);
    const removed = await deps.prisma.$executeRaw`
      DELETE FROM agenda_jobs
      WHERE repeat_interval IS NULL AND next_run_at IS NULL AND locked_at IS NULL AND last_finished_at < ${cutoff}`;
    if (removed > 0) logger.info({ removed }, 'pruned finished jobs');
  },
  { every: '1 hour', concurrency: 1 },
);
