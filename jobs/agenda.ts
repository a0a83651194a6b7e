import { PostgresBackend } from '@agendajs/postgres-backend';
import { Agenda } from 'agenda';
import type { JobQueue } from './registry.js';

/**
 * Agenda on its PostgreSQL backend, in the application database (tables agenda_jobs and
 * agenda_logs, created by Agenda). LISTEN/NOTIFY makes a job enqueued by the API reach a
 * worker at once instead of at the next poll.
 */
export function createAgenda(
  databaseUrl: string,
  options: { name: string; lockLifetimeMs?: number; pollMs?: number },
): { agenda: Agenda; disconnect: () => Promise<void> } {
  const backend = new PostgresBackend({ connectionString: databaseUrl });
  const agenda = new Agenda({
    backend,
    name: options.name,
    // Jobs due now arrive by LISTEN/NOTIFY; polling finds the ones scheduled for later.
    processEvery: options.pollMs ?? 5_000,
    defaultLockLifetime: options.lockLifetimeMs ?? 60_000,
  });
  // Agenda.stop() leaves the connection open when the instance never started processing.
  return { agenda, disconnect: () => backend.disconnect() };
}

export function agendaJobQueue(agenda: Agenda): JobQueue {
  return {
    async enqueue(name, data, options) {
      if (options?.at) await agenda.schedule(options.at, name, data);
      else await agenda.now(name, data);
    },
  };
}
