import type { Authenticator, Viewer } from '../api/auth/viewer.js';
import type { DevTokens } from '../api/auth/dev-tokens.js';
import type { ApiKeys, ApiKeyViewer } from '../api/auth/api-keys.js';
import type { PrismaClient } from '../api/db/prisma.js';
import type { Logger } from '../api/logger.js';
import type { AppPubSub } from '../api/pubsub.js';
import type { ChangedSlotLoader } from '../api/slots/changed-slot-loader.js';
import type { FreeSlotIndex } from '../api/slots/free-slot-index.js';
import type { SlotFeed } from '../api/slots/slot-feed.js';
import type { SlotChanges } from '../api/slots/publish-slot-changes.js';
import type { GoogleServices } from '../api/google/google-services.js';
import type { JobQueue } from '../jobs/registry.js';
import type { ProviderRulesCache } from '../api/settings/provider-rules-cache.js';

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
  firebase: { apiKey: string; authDomain: string; projectId: string } | null;
}

/** The GraphQL context: the same shape for HTTP requests and WebSocket operations. */
export interface Context extends Services {
  viewer: Viewer | null;
  /** Set instead of viewer when a third party calls with an API key. */
  apiKey: ApiKeyViewer | null;
  /** Why a presented credential was refused, for UNAUTHENTICATED messages. */
  authProblem: string | null;
}
