import type { PrismaClient } from '../api/db/prisma.js';
import type { MailTransport } from '../api/email/mail-transport.js';
import type { CalendarSyncDeps } from '../api/calendar-sync/sync-appointment-event.js';
import type { Logger } from '../api/logger.js';
import type { DeliverySettings } from '../api/notifications/delivery-deps.js';
import type { RetryPolicy } from '../api/notifications/retry-policy.js';
import type { SlotChanges } from '../api/slots/publish-slot-changes.js';
import type { JobQueue } from './registry.js';

/** What job handlers may use; built once per worker. */
export interface WorkerDeps {
  prisma: PrismaClient;
  slotChanges: SlotChanges;
  logger: Logger;
  jobs: JobQueue;
  transport: MailTransport;
  /** Null when Google Calendar is not configured. */
  calendarSync: CalendarSyncDeps | null;
  providerEmail: string;
  appUrl: string;
  retry: RetryPolicy;
  claimMs: number;
  delivery: DeliverySettings;
  now: () => Date;
}
