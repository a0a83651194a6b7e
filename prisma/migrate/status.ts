import pg from 'pg';
import { readMigrations } from './migrations-folder.js';

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed since, or that failed half-way. */
  problems: string[];
}

export async function migrationStatus(databaseUrl: string): Promise<MigrationStatus> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query<{ present: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
    const rows = table.rows[0]?.present
      ? (
          await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
            'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
          )
        ).rows
      : [];
    const recorded = new Map(rows.map((row) => [row.migration_name, row]));
    const status: MigrationStatus = { applied: [], pending: [], problems: [] };
    for (const migration of readMigrations()) {
      const row = recorded.get(migration.name);
      if (!row) status.pending.push(migration.name);
      else if (!row.finished_at) status.problems.push(`${migration.name}: failed half-way`);
      else if (row.checksum !== migration.checksum) status.problems.push(`${migration.name}: edited after it was applied`);
      else status.applied.push(migration.name);
    }
    return status;
  } finally {
    await client.end();
  }
}
