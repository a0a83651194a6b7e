import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { deployMigrations } from '../prisma/migrate/deploy.js';
import type { Services } from './services.js';
import { ApiKeys } from './auth/api-keys.js';
import { ProviderRulesCache } from './settings/provider-rules-cache.js';
import { DevTokens, loadDevTokenSecret } from './auth/dev-tokens.js';
import { FirebaseTokens } from './auth/firebase-tokens.js';
import { Authenticator } from './auth/viewer.js';
import { startEmbeddedPostgres } from './db/embedded-postgres.js';
import { createPrisma, type QueryCounter } from './db/prisma.js';
import type { Env } from './env.js';
import type { NodeHandler } from './http/node-route.js';
import { createHttpServer } from './server.js';
import type { Logger } from './logger.js';
import { createMetrics } from './metrics/metrics.js';
import { useOperationMetrics } from './http/graphql-metrics.js';
import { createAppPubSub } from './pubsub.js';
import { seedDemoData } from './seed/seed-demo-data.js';
import { DEFAULT_FEED_TIMING } from './slots/slot-feed.js';
import { startSlotServices } from './slots/start-slot-services.js';
import { createGoogleServices } from './google/google-services.js';
import { reencryptRefreshTokens } from './google/reencrypt-refresh-tokens.js';
import { startJobs } from '../jobs/start-jobs.js';
import { googleOAuthCallback } from './routes/google-oauth-callback.js';
import { googleOAuthStart } from './routes/google-oauth-start.js';
import { createAppYoga } from './yoga.js';

export interface App {
  /** http://host:port of the running server. */
  url: string;
  services: Services;
  queries: QueryCounter;
  stop(): Promise<void>;
}

/**
 * Starts the whole API: database (embedded unless DATABASE_URL is set), migrations,
 * demo data, pub/sub, GraphQL over HTTP and WebSocket. `stop` releases everything in
 * reverse order.
 */
export async function startApp(env: Env, logger: Logger, options: { now?: () => Date } = {}): Promise<App> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => logger.warn({ err: error }, 'shutdown step failed'));
  };
  try {
    let databaseUrl = env.databaseUrl;
    if (!databaseUrl) {
      const embedded = await startEmbeddedPostgres({ dataDir: env.dataDir, port: env.embeddedPostgresPort, logger });
      cleanups.push(() => embedded.stop());
      databaseUrl = embedded.url;
    }
    const { applied } = await deployMigrations(databaseUrl, (message) => logger.info(message));
    if (applied.length > 0) logger.info({ applied }, 'applied database migrations');

    const { prisma, queries, pool } = createPrisma(databaseUrl, { poolSize: env.databasePoolSize });
    cleanups.push(() => prisma.$disconnect());
    if (env.seedDemoData) await seedDemoData({ prisma, providerEmail: env.providerEmails[0] ?? 'provider@example.com', logger });

    const { pubsub, stats: pubsubStats, close: closePubSub } = await createAppPubSub(env.redisUrl, env.redisChannelPrefix, logger);
    cleanups.push(closePubSub);

    const now = options.now ?? (() => new Date());
    const { prisma: background, pool: backgroundPool } = createPrisma(databaseUrl, { poolSize: 2 });
    const pools: Record<string, pg.Pool> = { requests: pool, background: backgroundPool };
    cleanups.push(() => background.$disconnect());
    const {
      changedSlots,
      freeSlots,
      slotFeed,
      slotChanges,
      stop: stopSlots,
    } = await startSlotServices({
      prisma,
      background,
      pubsub,
      now,
      logger,
      timing: { ...DEFAULT_FEED_TIMING, lookbackMs: env.slotEventLookbackMs },
    });
    cleanups.push(stopSlots);
    const providerEmail = env.providerEmails[0] ?? 'provider@example.com';
    const google = env.google ? createGoogleServices(env.google, env.appUrl, env.nodeEnv === 'production') : null;
    if (google?.cipher.rotating) {
      // GOOGLE_TOKEN_KEY is being rotated: move stored tokens to the new key; a failure leaves them readable under the old one.
      await reencryptRefreshTokens({ prisma, cipher: google.cipher, logger }).catch((error: Error) =>
        logger.warn({ err: error.message }, 'could not re-encrypt stored Google refresh tokens; they stay readable with GOOGLE_TOKEN_KEY_PREVIOUS'),
      );
    }
    const workerLogger = logger.child({ component: 'worker' });
    let workerDeps = null;
    if (env.worker === 'inline') {
      // A pool of its own, so that jobs never take connections from requests.
      const { prisma: jobsPrisma, pool: jobsPool } = createPrisma(databaseUrl, { poolSize: 4 });
      pools.jobs = jobsPool;
      cleanups.push(() => jobsPrisma.$disconnect());
      workerDeps = {
        prisma: jobsPrisma,
        slotChanges,
        logger: workerLogger,
        providerEmail,
        appUrl: env.appUrl,
        calendarSync: google ? { prisma: jobsPrisma, google: google.calendar, cipher: google.cipher, logger: workerLogger, providerEmail } : null,
        now,
      };
    }
    const jobRunner = await startJobs(env, databaseUrl, `api-${process.pid}`, workerLogger, workerDeps);
    cleanups.push(jobRunner.stop);
    // Every instance holds Agenda's pool (enqueueing, its LISTEN connection, and the inline worker's locking).
    pools.agenda = jobRunner.pool;
    const devTokens = env.authMode === 'dev' ? new DevTokens(await loadDevTokenSecret(env.devTokenSecret, env.dataDir)) : null;
    const firebase = env.authMode === 'firebase' ? new FirebaseTokens(env.firebaseProjectId!, env.providerEmails) : null;
    if (firebase) cleanups.push(() => firebase.close());
    const apiKeys = new ApiKeys(prisma);
    const services: Services = {
      prisma,
      pubsub,
      logger,
      authenticator: new Authenticator(prisma, (devTokens ?? firebase)!, env.providerEmails, apiKeys, logger),
      apiKeys,
      devTokens,
      changedSlots,
      freeSlots,
      slotFeed,
      slotChanges,
      clientConfig: { authMode: env.authMode, firebase: env.firebaseWeb },
      jobs: jobRunner.jobs,
      rules: new ProviderRulesCache(prisma),
      providerEmail,
      google,
      mailTransport: env.email.resendApiKey ? 'resend' : 'outbox',
      maxQueryComplexity: env.graphqlMaxComplexity,
      now,
    };

    // Scrape-time reads go through the background pool, never taking connections from requests.
    const metrics = env.metricsToken
      ? createMetrics({ pools, pubsub: pubsubStats, slotFeed: slotFeed.stats, prisma: background, now, logger: logger.child({ component: 'metrics' }) })
      : null;
    const yoga = createAppYoga(services, {
      graphiql: env.graphiql,
      introspection: env.introspection,
      plugins: metrics ? [useOperationMetrics(metrics)] : [],
    });
    const redirects: Record<string, NodeHandler> = google
      ? {
          '/oauth/google/start': googleOAuthStart({ prisma, google, appUrl: env.appUrl, now }),
          '/oauth/google/callback': googleOAuthCallback({ prisma, google, logger, appUrl: env.appUrl, jobs: jobRunner.jobs, now }),
        }
      : {};
    const server = await createHttpServer({ env, services, yoga, logger, redirects, metrics });
    cleanups.push(() => server.close());
    await server.app.listen({ port: env.port, host: env.host });
    const { port } = server.app.server.address() as AddressInfo;
    const host = env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host;
    const url = `http://${host}:${port}`;
    logger.info({ url, authMode: env.authMode, pubsub: env.redisUrl ? 'redis' : 'in-memory' }, 'Slotline is running');
    return { url, services, queries, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
