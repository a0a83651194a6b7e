import type { Logger } from '../api/logger.js';

/** Every job and the data it takes: enqueueing an unknown job or wrong data does not compile. */
export interface JobPayloads {
  'deliver-notifications': Record<string, never>;
  'sync-calendar-event': { appointmentId: string };
  'sync-provider-busy-times': Record<string, never>;
  'complete-past-appointments': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export interface JobQueue {
  /** Runs the job as soon as a worker is free, or at `at`. */
  enqueue<Name extends JobName>(name: Name, data: JobPayloads[Name], options?: { at?: Date }): Promise<void>;
}

export interface JobOptions {
  concurrency?: number;
  /** Retries with exponential backoff inside Agenda; handlers must be idempotent. */
  /** delayMs is the first delay; JOB_RETRY_BASE_MS overrides it for every job. */
  retries?: { maxRetries: number; delayMs: number };
  /** Runs every so often, in addition to on demand. */
  every?: string;
}

export interface JobDefinition<Name extends JobName = JobName, Deps = unknown> {
  name: Name;
  options: JobOptions;
  run(data: JobPayloads[Name], deps: Deps, logger: Logger): Promise<void>;
}

export function defineJob<Name extends JobName, Deps>(
  name: Name,
  run: JobDefinition<Name, Deps>['run'],
  options: JobOptions = {},
): JobDefinition<Name, Deps> {
  return { name, run, options };
}
