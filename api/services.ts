import type { Authenticator } from './auth/viewer.js';
import type { DevTokens } from './auth/dev-tokens.js';
import type { ApiKeys } from './auth/api-keys.js';
import type { PrismaClient } from './db/prisma.js';
import type { Logger } from './logger.js';
import type { AppPubSub } from './pubsub.js';
import type { ChangedSlotLoader } from './slots/changed-slot-loader.js';
import type { FreeSlotIndex } from './slots/free-slot-index.js';
import type { SlotFeed } from './slots/slot-feed.js';
import type { SlotChanges } from './slots/publish-slot-changes.js';
import type { GoogleServices } from './google/google-services.js';
import type { JobQueue } from './job-queue.js';
import type { ProviderRulesCache } from './settings/provider-rules-cache.js';

/** Long-lived services shared by every request of one server instance. */
export interface Services {
  prisma: PrismaClient;
  pubsub: AppPubSub;
  logger: Logger;
  authenticator: Authenticator;
  apiKeys: ApiKeys;
  /** Present only in AUTH_MODE=dev. */
  devTokens: DevTokens | null;
  changedSlots: ChangedSlotLoader;
  /** Free future slots in memory; answers availableSlots. */
  freeSlots: FreeSlotIndex;
  /** Every slot change on this instance, whichever way it arrived, once; and resync signals. */
  slotFeed: SlotFeed;
  /** Announce a change of slot availability to this and every other instance. */
  slotChanges: SlotChanges;
  jobs: JobQueue;
  rules: ProviderRulesCache;
  /** Receives a copy of every e-mail; the first of PROVIDER_EMAILS. */
  providerEmail: string;
  /** Null when Google Calendar is not configured. */
  google: GoogleServices | null;
  /** "outbox" keeps e-mails in the app instead of sending them (no RESEND_API_KEY). */
  mailTransport: 'resend' | 'outbox';
  /** What the web client needs to know to sign people in; all of it is public. */
  clientConfig: ClientConfig;
  /** The most an operation may cost (GRAPHQL_MAX_COMPLEXITY). */
  maxQueryComplexity: number;
  now(): Date;
}

export interface ClientConfig {
  authMode: 'dev' | 'firebase';
  firebase: { apiKey: string; authDomain: string; projectId: string; authEmulatorUrl: string | null } | null;
}
