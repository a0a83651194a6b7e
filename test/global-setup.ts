import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../api/db/embedded-postgres.js';
import { createLogger } from '../api/logger.js';
import { deployMigrations } from '../prisma/migrate/deploy.js';
import { withDatabase } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

/**
 * Prepares one PostgreSQL for the whole run: TEST_DATABASE_URL (an admin connection,
 * e.g. the machine's server in CI) or else an embedded server in a temporary folder.
 * A template database gets the migrations once; each test file clones it.
 */
export default async function setup(project: TestProject) {
  const logger = createLogger('warn');
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let dataDir: string | null = null;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'slotline-test-pg-'));
    const port = 55_000 + Math.floor(Math.random() * 5_000);
    const embedded = await startEmbeddedPostgres({ dataDir, port, logger, databaseName: 'postgres' });
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }

  const templateDatabase = `slotline_template_${randomBytes(4).toString('hex')}`;
  await withDatabase(adminUrl, (client) => client.query(`CREATE DATABASE "${templateDatabase}"`));
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${templateDatabase}`;
  await deployMigrations(templateUrl.toString());

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await withDatabase(adminUrl, (client: pg.Client) => client.query(`DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`));
    if (stopEmbedded) await stopEmbedded();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
