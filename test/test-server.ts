import { randomBytes } from 'node:crypto';
import { expect, inject } from 'vitest';
import { startApp, type App } from '../api/app.js';
import { loadEnv } from '../api/env.js';
import { createLogger } from '../api/logger.js';
import { writeServiceAccountKey } from './service-account-key.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestServer {
  app: App;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  databaseUrl: string;
  /** The server's clock: the `now` option, or the real time. */
  now(): Date;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** Reuse a database (for several instances of one deployment); a fresh one otherwise. */
  database?: TestDatabase;
  redis?: boolean;
  /** Shared by instances that should hear each other over Redis. */
  channelPrefix?: string;
  env?: Record<string, string>;
  now?: () => Date;
  /** Receives every log line as parsed JSON (the level is then at least info). */
  logs?: Record<string, unknown>[];
}

/** Starts the real server on a free port against a fresh database. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase(inject('adminDatabaseUrl'), inject('templateDatabase')));
  const production = options.env?.NODE_ENV === 'production';
  const env = loadEnv({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    AUTH_MODE: 'dev',
    DEV_TOKEN_SECRET: 'test-secret-that-is-long-enough-to-be-accepted',
    PROVIDER_EMAILS: 'provider@example.com',
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JOB_POLL_MS: '300',
    RATE_LIMIT_PER_MINUTE: '0',
    // Production refuses to start without Redis, the web's Firebase auth domain and the project's key.
    ...(production
      ? {
          FIREBASE_AUTH_DOMAIN: `${options.env?.FIREBASE_PROJECT_ID}.firebaseapp.com`,
          GOOGLE_APPLICATION_CREDENTIALS: writeServiceAccountKey(options.env?.FIREBASE_PROJECT_ID ?? ''),
        }
      : {}),
    ...(options.redis || production
      ? { REDIS_URL: TEST_REDIS_URL, REDIS_CHANNEL_PREFIX: options.channelPrefix ?? `test-${randomBytes(4).toString('hex')}:` }
      : {}),
    ...options.env,
  });
  const logs = options.logs;
  const logger = logs
    ? createLogger('info', { destination: { write: (line) => void logs.push(JSON.parse(line) as Record<string, unknown>) } })
    : createLogger(env.logLevel);
  const app = await startApp(env, logger, { now: options.now });
  return {
    app,
    url: app.url,
    graphqlUrl: `${app.url}/graphql`,
    wsUrl: `${app.url.replace(/^http/, 'ws')}/graphql`,
    databaseUrl: database.url,
    now: () => app.services.now(),
    stop: async () => {
      await app.stop();
      if (ownDatabase) await database.drop();
    },
  };
}

/** After an attack: the process still answers its liveness probe. */
export async function expectStillServing(server: TestServer): Promise<void> {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}
