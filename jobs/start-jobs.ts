import { agendaJobQueue, createAgenda } from './agenda.js';
import { startWorker } from './worker.js';
import type { WorkerDeps } from './worker-deps.js';
import type { Env } from '../api/env.js';
import type { Logger } from '../api/logger.js';
import { OutboxTransport } from '../api/email/outbox-transport.js';
import { ResendTransport } from '../api/email/resend-transport.js';
import type { MailTransport } from '../api/email/mail-transport.js';
import { DEFAULT_RETRY_POLICY } from '../api/notifications/retry-policy.js';

// However long an outage lasts, the service is probed at least this often.
const MAX_BREAKER_COOLDOWN_MS = 600_000;

export function createMailTransport(env: Env): MailTransport {
  const { email } = env;
  return email.resendApiKey
    ? new ResendTransport(email.resendApiKey, email.from, { baseUrl: email.resendBaseUrl, timeoutMs: email.timeoutMs })
    : new OutboxTransport();
}

/**
 * The job queue every instance uses to enqueue, and, unless WORKER=off, a worker on this
 * process too (`npm run worker` runs workers on their own).
 */
export async function startJobs(
  env: Env,
  databaseUrl: string,
  name: string,
  logger: Logger,
  /** What the worker on this process needs; null to only enqueue. */
  workerDeps: Omit<WorkerDeps, 'jobs' | 'transport' | 'retry' | 'claimMs' | 'delivery'> | null,
) {
  const { agenda, pool, disconnect } = createAgenda(databaseUrl, {
    name,
    logger,
    lockLifetimeMs: env.jobLockLifetimeMs,
    pollMs: env.jobPollMs,
  });
  await agenda.ready;
  const jobs = agendaJobQueue(agenda);
  const worker = workerDeps
    ? await startWorker(
        agenda,
        {
          ...workerDeps,
          jobs,
          transport: createMailTransport(env),
          retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: env.email.retryBaseMs },
          claimMs: env.email.claimMs,
          delivery: {
            concurrency: env.email.concurrency,
            sliceMs: env.email.sliceMs,
            breaker: {
              threshold: env.email.breakerThreshold,
              cooldownMs: env.email.breakerCooldownMs,
              maxCooldownMs: MAX_BREAKER_COOLDOWN_MS,
            },
          },
        },
        { retryBaseMs: env.jobRetryBaseMs, lockLifetimeMs: env.jobLockLifetimeMs },
      )
    : null;
  return {
    jobs,
    /** Agenda's own database pool, for the metrics. */
    pool,
    stop: async () => {
      if (worker) await worker.stop();
      await disconnect();
    },
  };
}
