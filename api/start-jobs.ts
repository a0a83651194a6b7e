import { agendaJobQueue, createAgenda } from '../jobs/agenda.js';
import type { JobQueue } from '../jobs/registry.js';
import { startWorker } from '../jobs/worker.js';
import type { WorkerDeps } from '../jobs/worker-deps.js';
import type { Env } from './env.js';
import { OutboxTransport } from './email/outbox-transport.js';
import { ResendTransport } from './email/resend-transport.js';
import type { MailTransport } from './email/mail-transport.js';
import { DEFAULT_RETRY_POLICY } from './notifications/retry-policy.js';

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
  workerDeps: (jobs: JobQueue) => Omit<WorkerDeps, 'jobs' | 'transport' | 'retry' | 'claimMs'>,
  options: { runWorker: boolean },
) {
  const { agenda, disconnect } = createAgenda(databaseUrl, { name, lockLifetimeMs: env.jobLockLifetimeMs, pollMs: env.jobPollMs });
  await agenda.ready;
  const jobs = agendaJobQueue(agenda);
  const worker = options.runWorker
    ? await startWorker(agenda, {
        ...workerDeps(jobs),
        jobs,
        transport: createMailTransport(env),
        retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: env.email.retryBaseMs },
        claimMs: env.email.claimMs,
      }, { retryBaseMs: env.jobRetryBaseMs })
    : null;
  return {
    jobs,
    stop: async () => {
      if (worker) await worker.stop();
      else await disconnect();
    },
  };
}
