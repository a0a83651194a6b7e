import { completePastAppointments as completePast } from '../../api/appointments/complete-past.js';
import { defineJob } from '../registry.js';
import type { WorkerDeps } from '../worker-deps.js';

export const completePastAppointments = defineJob<'complete-past-appointments', WorkerDeps>(
  'complete-past-appointments',
  async (_data, deps, logger) => {
    const { count } = await completePast(deps, deps.now());
    if (count > 0) logger.info({ count }, 'marked past appointments completed');
  },
  { every: '5 minutes', concurrency: 1 },
);
