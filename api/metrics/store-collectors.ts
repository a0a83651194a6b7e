import type { Registry } from 'prom-client';
import type { PrismaClient } from '../db/prisma.js';
import type { Logger } from '../logger.js';
import { registerScrapedGauges } from './scraped-gauges.js';

/** A reminder still queued this long after it was due is late. */
export const REMINDER_LATE_MS = 5 * 60_000;

interface OutboxRow {
  queued: bigint;
  oldest: Date | null;
  failed: bigint;
  remindersLate: bigint;
}

interface JobsRow {
  name: string;
  due: bigint;
  /** Seconds the oldest due job of this name has waited. */
  lag: number | null;
  failing: bigint;
}

/**
 * The e-mail outbox and the job queue as they stand in the database, read at scrape time
 * with one query each (on indexed columns; the jobs table holds only pending and failed jobs).
 * Every instance reports the same values: alert on max(), not sum().
 */
export function registerStoreCollectors(registry: Registry, deps: { prisma: PrismaClient; now: () => Date; logger: Logger }): void {
  const { prisma } = deps;
  registerScrapedGauges<{ row: OutboxRow; now: Date }>(
    registry,
    deps.logger,
    'outbox',
    async () => {
      const now = deps.now();
      const lateBefore = new Date(now.getTime() - REMINDER_LATE_MS);
      const [row] = await prisma.$queryRaw<OutboxRow[]>`
        SELECT count(*) FILTER (WHERE status = 'QUEUED' AND "dueAt" <= ${now}) AS queued,
               min("dueAt") FILTER (WHERE status = 'QUEUED' AND "dueAt" <= ${now}) AS oldest,
               count(*) FILTER (WHERE status = 'FAILED') AS failed,
               count(*) FILTER (WHERE status = 'QUEUED' AND kind = 'REMINDER' AND "dueAt" < ${lateBefore}) AS "remindersLate"
        FROM "Notification"
        WHERE status IN ('QUEUED', 'FAILED')`;
      return { row: row!, now };
    },
    [
      {
        name: 'slotline_outbox_queued_emails',
        help: 'E-mails that are due and not sent yet.',
        update: (gauge, { row }) => gauge.set(Number(row.queued)),
      },
      {
        name: 'slotline_outbox_oldest_queued_age_seconds',
        help: 'How long the oldest e-mail still queued has been due (0 when none is).',
        update: (gauge, { row, now }) => gauge.set(row.oldest ? Math.max(0, (now.getTime() - row.oldest.getTime()) / 1000) : 0),
      },
      {
        name: 'slotline_outbox_failed_emails',
        help: 'E-mails that failed for good (until retried from the app).',
        update: (gauge, { row }) => gauge.set(Number(row.failed)),
      },
      {
        name: 'slotline_reminders_late_emails',
        help: 'Reminder e-mails due more than 5 minutes ago and still queued.',
        update: (gauge, { row }) => gauge.set(Number(row.remindersLate)),
      },
    ],
  );

  registerScrapedGauges<JobsRow[]>(
    registry,
    deps.logger,
    'jobs',
    // Agenda schedules by the real clock, so the database's clock decides what is due. The table is
    // Agenda's PostgreSQL backend's own (its default name, which jobs/agenda.ts keeps).
    () => prisma.$queryRaw<JobsRow[]>`
      SELECT name,
             count(*) FILTER (WHERE next_run_at <= now() AND locked_at IS NULL AND disabled IS NOT TRUE) AS due,
             extract(epoch FROM now() - min(next_run_at) FILTER (WHERE next_run_at <= now() AND locked_at IS NULL AND disabled IS NOT TRUE))::float8 AS lag,
             count(*) FILTER (WHERE failed_at IS NOT NULL AND (last_finished_at IS NULL OR failed_at >= last_finished_at)) AS failing
      FROM agenda_jobs
      GROUP BY name`,
    [
      {
        name: 'slotline_jobs_due_waiting',
        help: 'Jobs that are due and that no worker is running.',
        update: (gauge, rows) => gauge.set(rows.reduce((sum, row) => sum + Number(row.due), 0)),
      },
      {
        name: 'slotline_jobs_lag_seconds',
        help: 'How long the oldest job that is due and not running has been waiting (0 when none is).',
        update: (gauge, rows) => gauge.set(Math.max(0, ...rows.map((row) => row.lag ?? 0))),
      },
      {
        name: 'slotline_jobs_failing',
        help: 'Jobs whose last run failed (waiting for a retry or given up), by job name.',
        labelNames: ['job'],
        update: (gauge, rows) => {
          for (const row of rows) gauge.set({ job: row.name }, Number(row.failing));
        },
      },
    ],
  );
}
