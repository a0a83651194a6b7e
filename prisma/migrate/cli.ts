// `npm run migrate -- <command>`: the project's own migrate command, because `prisma migrate`
// needs a native engine that cannot be downloaded here. See docs/development.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployMigrations } from './deploy.js';
import { diffMigrationsToSchema } from './diff-schema.js';
import { MIGRATIONS_DIR } from './migrations-folder.js';
import { migrationStatus } from './status.js';

const USAGE = `usage: npm run migrate -- <command>
  deploy         apply pending migrations
  status         list applied and pending migrations
  diff           exit 1 and print the SQL when schema.prisma and the migrations disagree
  create <name>  write prisma/migrations/<timestamp>_<name>/migration.sql from the difference
DATABASE_URL must name a PostgreSQL database; diff and create also create and drop a shadow database beside it.`;

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set.\n\n' + USAGE);
    process.exit(2);
  }
  return url;
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}

async function main(command: string | undefined, argument: string | undefined): Promise<number> {
  switch (command) {
    case 'deploy': {
      const { applied } = await deployMigrations(databaseUrl(), (message) => console.log(message));
      console.log(applied.length ? `${applied.length} migration(s) applied` : 'the database is up to date');
      return 0;
    }
    case 'status': {
      const status = await migrationStatus(databaseUrl());
      for (const name of status.applied) console.log(`applied  ${name}`);
      for (const name of status.pending) console.log(`pending  ${name}`);
      for (const problem of status.problems) console.log(`PROBLEM  ${problem}`);
      return status.problems.length > 0 ? 1 : 0;
    }
    case 'diff': {
      const sql = await diffMigrationsToSchema(databaseUrl());
      if (!sql) {
        console.log('in sync: prisma/migrations produce what prisma/schema.prisma describes');
        return 0;
      }
      console.log(`prisma/schema.prisma differs from the migrations; a new migration would run:\n\n${sql}`);
      return 1;
    }
    case 'create': {
      if (!argument || !/^[a-z0-9_]+$/.test(argument)) {
        console.error('create needs a name of lower-case letters, digits and _, e.g. add_buffer_minutes');
        return 2;
      }
      const sql = await diffMigrationsToSchema(databaseUrl());
      if (!sql) {
        console.log('no changes: the migrations already match prisma/schema.prisma');
        return 0;
      }
      const folder = join(MIGRATIONS_DIR, `${timestamp()}_${argument}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'migration.sql'), sql);
      console.log(`wrote ${join(folder, 'migration.sql')}; review it, add hand-written SQL if needed, then deploy`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`migrate failed: ${error.message}`);
    process.exit(1);
  },
);
