import { startApp } from './app.js';
import { EnvError, loadEnv } from './env.js';
import { createLogger } from './logger.js';

let env;
try {
  env = loadEnv();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(`${error.message}\nSee README.md, "Configuration".`);
    process.exit(1);
  }
  throw error;
}

const logger = createLogger(env.logLevel, { pretty: env.nodeEnv === 'development' && process.stdout.isTTY });
try {
  const app = await startApp(env, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'Slotline could not start');
  process.exit(1);
}
