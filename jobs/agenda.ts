import { PostgresBackend } from '@agendajs/postgres-backend';
import { Agenda } from 'agenda';
import pg from 'pg';
import { CONNECT_TIMEOUT_MS, DEFAULT_QUERY_TIMEOUT_MS } from '../api/db/prisma.js';
import type { Logger } from '../api/logger.js';
import type { JobQueue } from './registry.js';

/**
 * Agenda on its PostgreSQL backend, in the application database (tables agenda_jobs and
 * agenda_logs, created by Agenda). LISTEN/NOTIFY makes a job enqueued by the API reach a
 * worker at once instead of at the next poll.
 */
export function createAgenda(
  databaseUrl: string,
  options: { name: string; logger: Logger; lockLifetimeMs?: number; pollMs?: number },
): { agenda: Agenda; pool: pg.Pool; disconnect: () => Promise<void> } {
  // Our own pool, with error listeners: a database restart must be logged and survived,
  // not crash the process through an unhandled 'error' event.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: DEFAULT_QUERY_TIMEOUT_MS,
    query_timeout: DEFAULT_QUERY_TIMEOUT_MS + 1_000,
  });
  pool.on('error', (error) => options.logger.warn({ err: error.message }, 'job queue lost a database connection'));
  const backend = new PostgresBackend({ pool });
  const channel = backend.notificationChannel as unknown as { on?(event: 'error', listener: (error: Error) => void): void };
  channel.on?.('error', (error) => options.logger.warn({ err: error.message }, 'job notifications interrupted; reconnecting'));
  const agenda = new Agenda({
    backend,
    name: options.name,
    // Jobs due now arrive by LISTEN/NOTIFY; polling finds the ones scheduled for later.
    processEvery: options.pollMs ?? 5_000,
    defaultLockLifetime: options.lockLifetimeMs ?? 60_000,
    // A one-off job leaves no row behind once it succeeded; failed ones are pruned after a week.
    removeOnComplete: true,
  });
  agenda.on('error', (error: Error) => options.logger.warn({ err: error.message }, 'job queue error'));
  return {
    agenda,
    // Exposed for the pool metrics (pool="agenda").
    pool,
    disconnect: async () => {
      await backend.disconnect();
      await pool.end();
    },
  };
}

export function agendaJobQueue(agenda: Agenda): JobQueue {
  return {
    async enqueue(name, data, options) {
      if (options?.at) await agenda.schedule(options.at, name, data);
      else await agenda.now(name, data);
    },
  };
}
