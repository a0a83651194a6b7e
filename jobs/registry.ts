import type { Logger } from '../api/logger.js';

/** Every job and the data it takes: enqueueing an unknown job or wrong data does not compile. */
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

export interface JobOptions {
  concurrency?: number;
  /** Retries with exponential backoff inside Agenda; handlers must be idempotent. */
  /** delayMs is the first delay; JOB_RETRY_BASE_MS overrides it for every job. */
  retries?: { maxRetries: number; delayMs: number };
  /** Runs every so often, in addition to on demand. */
  every?: string;
}

/** The running job, for handlers that may outlive the queue's lock. */
export interface JobContext {
  /** Renews the lock; throws once the queue has given the job up. */
  touch(): Promise<void>;
  /** Without a touch for this long, the queue considers the job dead and may run it again. */
  lockLifetimeMs: number;
}

export interface JobDefinition<Name extends JobName = JobName, Deps = unknown> {
  name: Name;
  options: JobOptions;
  run(data: JobPayloads[Name], deps: Deps, logger: Logger, job: JobContext): Promise<void>;
}

export function defineJob<Name extends JobName, Deps>(
  name: Name,
  run: JobDefinition<Name, Deps>['run'],
  options: JobOptions = {},
): JobDefinition<Name, Deps> {
  return { name, run, options };
}
