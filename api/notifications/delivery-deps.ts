import type { PrismaClient } from '../db/prisma.js';
import type { BreakerPolicy } from '../domain/circuit-breaker.js';
import type { MailTransport } from '../email/mail-transport.js';
import type { Logger } from '../logger.js';
import type { RetryPolicy } from './retry-policy.js';

export interface DeliverySettings {
  /** E-mails sent at once by one worker. */
  concurrency: number;
  /** A delivery run stops claiming after this long and hands over to a fresh run. */
  sliceMs: number;
  breaker: BreakerPolicy;
}

export interface DeliveryDeps {
  prisma: PrismaClient;
  transport: MailTransport;
  logger: Logger;
  now(): Date;
  appUrl: string;
  providerEmail: string;
  retry: RetryPolicy;
  /** How long a worker may hold a notification before another may take it over. */
  claimMs: number;
  delivery: DeliverySettings;
}
