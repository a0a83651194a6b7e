import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailsInStates } from '../../test/failed-emails.js';
import { clockAt, openDatabase, quietLogger, recordingJobs } from '../../test/use-case-deps.js';
import type { PrismaClient } from '../db/prisma.js';
import { retryFailedEmails } from './retry-failed-emails.js';

let prisma: PrismaClient;
let close: () => Promise<void>;

beforeAll(async () => ({ prisma, close } = await openDatabase()));
afterAll(() => close());

const now = clockAt('2030-01-01T12:00:00Z');

describe('retryFailedEmails', () => {
  it('queues every failed e-mail again and no other, waking a worker once', async () => {
    const [failed, sent, alsoFailed] = await emailsInStates(prisma, ['FAILED', 'SENT', 'FAILED']);
    const jobs = recordingJobs();
    expect(await retryFailedEmails({ prisma, jobs, logger: quietLogger(), now })).toEqual({ outcome: 'queued', requeued: 2 });
    const statuses = await prisma.notification.findMany({ where: { id: { in: [failed!, sent!, alsoFailed!] } }, orderBy: { createdAt: 'asc' } });
    expect(Object.fromEntries(statuses.map((email) => [email.id, email.status]))).toEqual({ [failed!]: 'QUEUED', [sent!]: 'SENT', [alsoFailed!]: 'QUEUED' });
    expect(jobs.enqueued).toEqual(['deliver-notifications']);
  });

  it('wakes nobody when nothing failed', async () => {
    const jobs = recordingJobs();
    expect(await retryFailedEmails({ prisma, jobs, logger: quietLogger(), now })).toEqual({ outcome: 'queued', requeued: 0 });
    expect(jobs.enqueued).toEqual([]);
  });
});
