import { inject } from 'vitest';
import { createPrisma, type PrismaClient } from '../api/db/prisma.js';
import { createGoogleServices, type GoogleServices } from '../api/google/google-services.js';
import type { JobName, JobPayloads, JobQueue } from '../api/job-queue.js';
import { createLogger } from '../api/logger.js';
import type { SlotChanges } from '../api/slots/publish-slot-changes.js';
import { createTestDatabase } from './test-database.js';

/** A fresh database of its own for one use-case test file, and a Prisma client on it. */
export async function openDatabase(): Promise<{ prisma: PrismaClient; close(): Promise<void> }> {
  const database = await createTestDatabase(inject('adminDatabaseUrl'), inject('templateDatabase'));
  const { prisma } = createPrisma(database.url, { poolSize: 5 });
  return {
    prisma,
    async close() {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}

/** Empties the tables use cases write, between tests. */
export async function clearTables(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRawUnsafe(
    'TRUNCATE "Notification", "BookingChange", "Appointment", "TimeSlot", "WeeklyHours", "DateOverride", "GeneratedDate", "ProviderSettings", "ApiKey", "OAuthState", "GoogleCalendarConnection", "User" CASCADE',
  );
}

/** A clock that stands still at `iso`. */
export const clockAt = (iso: string) => () => new Date(iso);

export const quietLogger = () => createLogger('silent');

/** Keeps what use cases announce instead of telling other instances. */
export function recordingSlotChanges(): SlotChanges & { calls: { ids: string[]; created: boolean }[] } {
  const calls: { ids: string[]; created: boolean }[] = [];
  return {
    calls,
    async announce(slots, options) {
      calls.push({ ids: slots.map((slot) => slot.id), created: options?.created ?? false });
    },
  };
}

/** Keeps the jobs use cases enqueue; `failing` makes every enqueue throw, as when the queue is down. */
export function recordingJobs(options: { failing?: boolean } = {}): JobQueue & { enqueued: JobName[] } {
  const enqueued: JobName[] = [];
  return {
    enqueued,
    async enqueue<Name extends JobName>(name: Name, _data: JobPayloads[Name]) {
      if (options.failing) throw new Error('queue unavailable');
      enqueued.push(name);
    },
  };
}

/** Google services whose OAuth and Calendar endpoints are at `url` (a fake Google, or nothing at all). */
export function googleServicesAt(url: string, tokenKey: string): GoogleServices {
  return createGoogleServices(
    { clientId: 'test-client', clientSecret: 'test-secret', tokenKey, oauthBaseUrl: url, apiRootUrl: `${url}/`, timeoutMs: 500 },
    'http://app.example',
    false,
  );
}
