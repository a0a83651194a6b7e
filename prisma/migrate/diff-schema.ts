import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR, readMigrations } from './migrations-folder.js';
import { openSchemaEngine, SCHEMA_PATH } from './schema-engine.js';

const EMPTY = '-- This is an empty migration.';

/**
 * The SQL that would bring a database built from prisma/migrations to what
 * prisma/schema.prisma describes, or null when they agree. The migrations are replayed
 * on a throwaway shadow database next to DATABASE_URL.
 */
export async function diffMigrationsToSchema(databaseUrl: string): Promise<string | null> {
  const engine = await openSchemaEngine(databaseUrl);
  try {
    const lockfile = join(MIGRATIONS_DIR, 'migration_lock.toml');
    const { stdout } = await engine.diff({
      from: {
        tag: 'migrations',
        baseDir: MIGRATIONS_DIR,
        lockfile: { path: 'migration_lock.toml', content: readFileSync(lockfile, 'utf8') },
        shadowDbInitScript: '',
        migrationDirectories: readMigrations().map((migration) => ({
          path: migration.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
        })),
      },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = (stdout ?? '').trim();
    return sql === '' || sql === EMPTY ? null : `${sql}\n`;
  } finally {
    engine.free();
  }
}
