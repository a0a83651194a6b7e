import { createHash } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, withDatabase, type TestDatabase } from '../../test/test-database.js';
import { deployMigrations, MigrationError } from './deploy.js';
import { diffMigrationsToSchema } from './diff-schema.js';
import { readMigrations } from './migrations-folder.js';
import { migrationStatus } from './status.js';

const databases: TestDatabase[] = [];

/** An empty database (cloned from template0, not from the migrated template). */
async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('adminDatabaseUrl'), 'template0');
  databases.push(database);
  return database;
}

afterEach(async () => {
  for (const database of databases.splice(0)) await database.drop();
});

describe('deployMigrations', () => {
  it('applies every migration once, recorded exactly as prisma migrate deploy records them', async () => {
    const { url } = await emptyDatabase();
    const migrations = readMigrations();
    expect((await deployMigrations(url)).applied).toEqual(migrations.map((migration) => migration.name));
    expect((await deployMigrations(url)).applied).toEqual([]);
    const rows = await withDatabase(
      url,
      async (client) =>
        (
          await client.query(
            'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
          )
        ).rows,
    );
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count, row.rolled_back_at])).toEqual(
      migrations.map((migration) => [migration.name, createHash('sha256').update(migration.sql).digest('hex'), 1, null]),
    );
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
    expect(await migrationStatus(url)).toEqual({ applied: migrations.map((m) => m.name), pending: [], problems: [] });
  });

  it('lets two instances start at once: the advisory lock serializes them', async () => {
    const { url } = await emptyDatabase();
    const [first, second] = await Promise.all([deployMigrations(url), deployMigrations(url)]);
    expect([...first.applied, ...second.applied].sort()).toEqual(readMigrations().map((migration) => migration.name));
  });

  it('refuses to continue when an applied migration was edited afterwards', async () => {
    const { url } = await emptyDatabase();
    const [first] = readMigrations();
    await deployMigrations(url, () => {}, [first!]);
    const edited = { ...first!, sql: `${first!.sql}\n-- edited`, checksum: 'different' };
    await expect(deployMigrations(url, () => {}, [edited])).rejects.toThrow(MigrationError);
    await expect(deployMigrations(url, () => {}, [edited])).rejects.toThrow(/was changed after it was applied/);
  });

  it('rolls a failing migration back entirely and names it', async () => {
    const { url } = await emptyDatabase();
    const broken = { name: '20990101000000_broken', sql: 'CREATE TABLE "Half" (id int); SELECT no_such_function();', checksum: 'x' };
    await expect(deployMigrations(url, () => {}, [broken])).rejects.toThrow(/Migration 20990101000000_broken failed/);
    const tables = await withDatabase(url, async (client) => (await client.query(`SELECT to_regclass('"Half"') AS half`)).rows[0].half);
    expect(tables).toBeNull();
  });
});

describe('prisma/schema.prisma', () => {
  it('describes exactly what the migrations build (run `npm run migrate -- create <name>` after a change)', async () => {
    expect(await diffMigrationsToSchema(inject('adminDatabaseUrl'))).toBeNull();
  }, 60_000);
});
