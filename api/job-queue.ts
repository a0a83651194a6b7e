/**
 * What use cases may ask of the background worker. The worker (jobs/) implements it;
 * use cases only see this port, so they never import jobs/.
 * Every job and the data it takes: enqueueing an unknown job or wrong data does not compile.
 */
export interface JobPayloads {
  'deliver-notifications': Record<string, never>;
  'sync-calendar-event': { appointmentId: string };
  'sync-provider-busy-times': Record<string, never>;
  'complete-past-appointments': Record<string, never>;
  'prune-job-history': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export interface JobQueue {
  /** Runs the job as soon as a worker is free, or at `at`. */
  enqueue<Name extends JobName>(name: Name, data: JobPayloads[Name], options?: { at?: Date }): Promise<void>;
}
