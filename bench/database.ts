import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../api/db/embedded-postgres.js';
import { createLogger } from '../api/logger.js';

const MACHINE_POSTGRES = 'postgresql://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** A throwaway database on BENCH_DATABASE_URL, the machine's PostgreSQL, or an embedded one. */
export async function createBenchDatabase(): Promise<{ url: string; version: string; drop(): Promise<void> }> {
  let adminUrl = process.env.BENCH_DATABASE_URL ?? MACHINE_POSTGRES;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let dataDir: string | null = null;
  if (!process.env.BENCH_DATABASE_URL && !(await reachable(adminUrl))) {
    dataDir = mkdtempSync(join(tmpdir(), 'slotline-bench-pg-'));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: 56_000 + Math.floor(Math.random() * 1_000),
      logger: createLogger('warn'),
      databaseName: 'postgres',
    });
    adminUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const name = `slotline_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const { rows } = await admin.query('SHOW server_version');
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    version: rows[0].server_version,
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      if (stopEmbedded) await stopEmbedded();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
