import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../api/package-root.js';

export const MIGRATIONS_DIR = join(PACKAGE_ROOT, 'prisma', 'migrations');

export interface MigrationFile {
  name: string;
  sql: string;
  /** Prisma's checksum: sha256 of the file, hex. */
  checksum: string;
}

/** The migrations in prisma/migrations, oldest first, as Prisma lays them out. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}
