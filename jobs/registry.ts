import type { JobName, JobPayloads } from '../api/job-queue.js';
import type { Logger } from '../api/logger.js';

export type { JobName, JobPayloads, JobQueue } from '../api/job-queue.js';

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

export function defineJob<Name extends JobName, Deps>(name: Name, run: JobDefinition<Name, Deps>['run'], options: JobOptions = {}): JobDefinition<Name, Deps> {
  return { name, run, options };
}
