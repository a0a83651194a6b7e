// The real server for the Playwright suite: a fresh database (a throwaway one on
// TEST_DATABASE_URL, else an embedded PostgreSQL in a temporary folder), demo data, dev sign-in;
// or Firebase sign-in against a fake Auth emulator when FIREBASE_AUTH_EMULATOR_HOST is set.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../api/app.js';
import { loadEnv } from '../api/env.js';
import { createLogger } from '../api/logger.js';
import { startFakeGoogle } from './fake-google.js';
import { withDatabase } from './test-database.js';

const port = process.env.E2E_PORT ?? '4100';
// firebase-admin reads the variable from the environment itself; loadEnv checks it is allowed (never in production).
const emulator = process.env.FIREBASE_AUTH_EMULATOR_HOST;
const auth = emulator
  ? {
      AUTH_MODE: 'firebase',
      FIREBASE_AUTH_EMULATOR_HOST: emulator,
      FIREBASE_PROJECT_ID: process.env.E2E_FIREBASE_PROJECT_ID ?? 'demo-slotline',
      FIREBASE_WEB_API_KEY: process.env.E2E_FIREBASE_WEB_API_KEY ?? 'fake-web-key',
    }
  : { AUTH_MODE: 'dev' };
const adminUrl = process.env.TEST_DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'slotline-e2e-'));
let databaseUrl: string | undefined;
let databaseName: string | undefined;
if (adminUrl) {
  databaseName = `slotline_e2e_${randomBytes(4).toString('hex')}`;
  await withDatabase(adminUrl, (client) => client.query(`CREATE DATABASE "${databaseName}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
}

// Google Calendar on, against the local fake: its consent page lets the browser connect at once.
const google = await startFakeGoogle();

const env = loadEnv({
  NODE_ENV: 'test',
  PORT: port,
  HOST: '127.0.0.1',
  // The address the browser uses, so that Google's redirect back lands where the session is.
  APP_URL: `http://127.0.0.1:${port}`,
  DATABASE_URL: databaseUrl,
  DATA_DIR: dataDir,
  EMBEDDED_POSTGRES_PORT: String(57_000 + Math.floor(Math.random() * 1_000)),
  ...auth,
  SEED_DEMO_DATA: 'true',
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  JOB_POLL_MS: '500',
  RATE_LIMIT_PER_MINUTE: '0',
  GOOGLE_CLIENT_ID: 'e2e-client.apps.googleusercontent.com',
  GOOGLE_CLIENT_SECRET: 'e2e-secret',
  GOOGLE_TOKEN_KEY: randomBytes(32).toString('base64'),
  GOOGLE_OAUTH_BASE_URL: google.url,
  GOOGLE_API_ROOT_URL: `${google.url}/`,
});
const app = await startApp(env, createLogger(env.logLevel));

const stop = async () => {
  await app.stop();
  await google.close();
  if (adminUrl && databaseName) await withDatabase(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
