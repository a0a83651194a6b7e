// `npm run worker`: runs the jobs in a process of its own, for deployments that scale
// the API and the workers separately (start the API with WORKER=off then).
import { createPrisma } from '../api/db/prisma.js';
import { EnvError, loadEnv } from '../api/env.js';
import { createGoogleServices } from '../api/google/google-services.js';
import { createLogger, shouldPrettyPrint } from '../api/logger.js';
import { installCrashPolicy } from '../api/crash-policy.js';
import { createAppPubSub } from '../api/pubsub.js';
import { startJobs } from './start-jobs.js';
import { publishedSlotChanges } from '../api/slots/publish-slot-changes.js';
import { SlotEventLog } from '../api/slots/slot-event-log.js';

let env;
try {
  env = loadEnv();
  if (!env.databaseUrl) throw new EnvError(['DATABASE_URL is required by a separate worker (the embedded database belongs to `npm start`)']);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(env.logLevel, { pretty: shouldPrettyPrint(env.nodeEnv, process.stdout.isTTY) }).child({ component: 'worker' });
const { prisma } = createPrisma(env.databaseUrl, { poolSize: 5 });
const { pubsub, close: closePubSub } = await createAppPubSub(env.redisUrl, env.redisChannelPrefix, logger);
const providerEmail = env.providerEmails[0] ?? 'provider@example.com';
const google = env.google ? createGoogleServices(env.google, env.appUrl, env.nodeEnv === 'production') : null;
const runner = await startJobs(env, env.databaseUrl, `worker-${process.pid}`, logger, {
  prisma,
  slotChanges: publishedSlotChanges({ pubsub, log: new SlotEventLog(prisma), logger }),
  logger,
  providerEmail,
  appUrl: env.appUrl,
  calendarSync: google ? { prisma, google: google.calendar, cipher: google.cipher, logger, providerEmail } : null,
  now: () => new Date(),
});
logger.info({ mail: env.email.resendApiKey ? 'resend' : 'outbox', google: Boolean(google) }, 'worker is running');

let stopping: Promise<void> | null = null;
const stop = () =>
  (stopping ??= (async () => {
    await runner.stop();
    await closePubSub();
    await prisma.$disconnect();
  })());
installCrashPolicy(logger, stop);
const shutdown = () => void stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
