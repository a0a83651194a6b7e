import { installCrashPolicy } from './crash-policy.js';
import { EnvError, loadEnv } from './env.js';
import { createLogger, shouldPrettyPrint } from './logger.js';

let env;
try {
  env = loadEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(`${error.message}\nSee .env.example and README.md, "Configuration".`);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(env.logLevel, { pretty: shouldPrettyPrint(env.nodeEnv, process.stdout.isTTY) });
try {
  // Loaded only once the environment is valid: a misconfigured start fails in a second, not after loading the whole app.
  const { startApp } = await import('./app.js');
  const app = await startApp(env, logger);
  let stopping: Promise<void> | null = null;
  // Requests in flight get SHUTDOWN_GRACE_MS; the rest of the shutdown a few seconds more.
  const graceMs = env.shutdownGraceMs + 5_000;
  const stop = () => (stopping ??= app.stop());
  installCrashPolicy(logger, stop, graceMs);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, graceMs).unref();
    void stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'Slotline could not start');
  process.exit(1);
}
