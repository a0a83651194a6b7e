import type { AppointmentChangeDeps } from '../api/appointments/deps.js';
import { actorOf, type Actor } from '../api/auth/policies.js';
import type { PrismaClient } from '../api/db/prisma.js';
import type { Prisma, Role, TimeSlot, User } from '../api/generated/prisma/client.js';
import type { JobName, JobPayloads, JobQueue } from '../api/job-queue.js';
import { createLogger } from '../api/logger.js';
import { ProviderRulesCache } from '../api/settings/provider-rules-cache.js';
import type { SlotChanges } from '../api/slots/publish-slot-changes.js';
import { openDatabase } from './use-case-deps.js';

// For tests that call use cases directly against a real database: the database and Prisma are
// real, and so are the rules cache and the logger; the slot announcements and the job queue
// only record what they were asked.

export const USE_CASE_PROVIDER_EMAIL = 'provider@example.com';

export type AnnouncedSlot = { id: string; startTime: Date; endTime: Date };
export type EnqueuedJob = { [Name in JobName]: { name: Name; data: JobPayloads[Name]; options?: { at?: Date } } }[JobName];

export interface Recordings {
  /** Each call of slotChanges.announce, with its slots. */
  announced: AnnouncedSlot[][];
  enqueued: EnqueuedJob[];
  /** Log lines at warn and above, parsed. */
  warnings: Record<string, unknown>[];
}

export interface UseCaseHarness {
  prisma: PrismaClient;
  /** What the appointment use cases take, recording into `recorded`. */
  deps: AppointmentChangeDeps;
  rules: ProviderRulesCache;
  recorded: Recordings;
  /** Makes the job queue fail (or work again), as when the worker's database is unreachable. */
  failJobs(fail: boolean): void;
  /** Forgets what was recorded so far. */
  reset(): void;
  stop(): Promise<void>;
}

export async function startUseCaseHarness(): Promise<UseCaseHarness> {
  const { prisma, close } = await openDatabase();
  const recorded: Recordings = { announced: [], enqueued: [], warnings: [] };
  let jobsFail = false;
  const slotChanges: SlotChanges = {
    announce: async (slots) => {
      recorded.announced.push(slots.map(({ id, startTime, endTime }) => ({ id, startTime, endTime })));
    },
  };
  const jobs: JobQueue = {
    enqueue: async (name, data, options) => {
      if (jobsFail) throw new Error('job queue unavailable');
      recorded.enqueued.push({ name, data, ...(options ? { options } : {}) } as EnqueuedJob);
    },
  };
  const logger = createLogger('warn', { destination: { write: (line) => void recorded.warnings.push(JSON.parse(line) as Record<string, unknown>) } });
  const rules = new ProviderRulesCache(prisma);
  return {
    prisma,
    deps: { prisma, rules, slotChanges, jobs, logger, providerEmail: USE_CASE_PROVIDER_EMAIL },
    rules,
    recorded,
    failJobs: (fail) => {
      jobsFail = fail;
    },
    reset: () => {
      recorded.announced.length = 0;
      recorded.enqueued.length = 0;
      recorded.warnings.length = 0;
    },
    stop: close,
  };
}

let users = 0;

export function createUser(prisma: PrismaClient, options: { role?: Role; email?: string; name?: string } = {}): Promise<User> {
  users++;
  return prisma.user.create({
    data: { email: options.email ?? `client${users}-${process.pid}@example.com`, name: options.name ?? `Client ${users}`, role: options.role ?? 'CLIENT' },
  });
}

/** How a signed-in user acts, as the API derives it. */
export const actorFor = (user: User): Actor => actorOf({ viewer: { kind: 'user', user }, apiKey: null });

/** How a third party with an API key acts. */
export const API_KEY_ACTOR: Actor = actorOf({ viewer: null, apiKey: { id: 'key', name: 'key', scopes: ['appointments:write'] } });

/** Nobody signed in. */
export const ANONYMOUS_ACTOR: Actor = actorOf({ viewer: null, apiKey: null });

/**
 * Creates 30-minute slots that never overlap one another: the first starts at `first`, each
 * further one an hour after the one before, unless `at` says when.
 */
export function slotMaker(prisma: PrismaClient, first: Date) {
  let next = first.getTime();
  return async (options: { at?: Date; isBlocked?: boolean; isBusyInCalendar?: boolean } = {}): Promise<TimeSlot> => {
    const startTime = options.at ?? new Date(next);
    if (!options.at) next += 60 * 60_000;
    return prisma.timeSlot.create({
      data: {
        startTime,
        endTime: new Date(startTime.getTime() + 30 * 60_000),
        isBlocked: options.isBlocked ?? false,
        isBusyInCalendar: options.isBusyInCalendar ?? false,
      },
    });
  };
}

/** Sets the provider's rules (the rest keep their defaults) and makes the cache see them at once. */
export async function setProviderSettings(harness: UseCaseHarness, settings: Omit<Prisma.ProviderSettingsCreateInput, 'id'>): Promise<void> {
  await harness.prisma.providerSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
  harness.rules.invalidate();
}

/** Back to the defaults. */
export async function resetProviderSettings(harness: UseCaseHarness): Promise<void> {
  await harness.prisma.providerSettings.deleteMany({});
  harness.rules.invalidate();
}

/**
 * The same Prisma client, except that `beforeTransaction` runs just before each interactive
 * transaction starts: for writing what a concurrent request commits between a use case's checks
 * and its transaction.
 */
export function withCommitBeforeTransaction(prisma: PrismaClient, beforeTransaction: () => Promise<unknown>): PrismaClient {
  return new Proxy(prisma, {
    get(target, property) {
      if (property === '$transaction') {
        return async (...args: Parameters<PrismaClient['$transaction']>) => {
          await beforeTransaction();
          return (target.$transaction as (...a: unknown[]) => unknown)(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
