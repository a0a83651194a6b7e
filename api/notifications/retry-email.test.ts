import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailsInStates } from '../../test/failed-emails.js';
import { clockAt, openDatabase, quietLogger, recordingJobs } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { retryEmail } from './retry-email.js';

let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());

const now = clockAt('2030-01-01T12:00:00Z');

describe('retryEmail', () => {
  it('queues a failed e-mail again with its content, and wakes a worker', async () => {
    const [failed] = await emailsInStates(prisma, ['FAILED']);
    const jobs = recordingJobs();
    const result = await retryEmail({ prisma, jobs, logger: quietLogger(), now }, failed!);
    expect(result).toMatchObject({
      outcome: 'queued',
      email: { id: failed, status: 'QUEUED', nextAttemptAt: now(), lastError: null, claimToken: null, subject: 'Your booking', text: 'See you then.' },
    });
    expect(jobs.enqueued).toEqual(['deliver-notifications']);
  });

  it('still queues it when no worker can be woken: the periodic run sends it', async () => {
    const [failed] = await emailsInStates(prisma, ['FAILED']);
    const result = await retryEmail({ prisma, jobs: recordingJobs({ failing: true }), logger: quietLogger(), now }, failed!);
    expect(result).toMatchObject({ outcome: 'queued', email: { status: 'QUEUED' } });
  });

  it('leaves an e-mail that did not fail as it is', async () => {
    const [sent] = await emailsInStates(prisma, ['SENT']);
    const jobs = recordingJobs();
    expect(await retryEmail({ prisma, jobs, logger: quietLogger(), now }, sent!)).toEqual({ outcome: 'not-failed', status: 'SENT' });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: sent! } })).status).toBe('SENT');
    expect(jobs.enqueued).toEqual([]);
  });

  it('finds no e-mail with an unknown id', async () => {
    expect(await retryEmail({ prisma, jobs: recordingJobs(), logger: quietLogger(), now }, '00000000-0000-4000-8000-000000000000')).toEqual({
      outcome: 'not-found',
    });
  });
});
