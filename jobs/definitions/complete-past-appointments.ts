import { defineJob } from '../registry.js';
import type { WorkerDeps } from '../worker-deps.js';

export const completePastAppointments = defineJob<'complete-past-appointments', WorkerDeps>(
  'complete-past-appointments',
  async (_data, deps, logger) => {
    const { count } = await deps.prisma.appointment.updateMany({
      where: { status: 'SCHEDULED', endTime: { lte: deps.now() } },
      data: { status: 'COMPLETED' },
    });
    if (count > 0) logger.info({ count }, 'marked past appointments completed');
  },
  { every: '5 minutes', concurrency: 1 },
);
