import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deployMigrations } from '../../prisma/migrate/deploy.js';
import { readMigrations } from '../../prisma/migrate/migrations-folder.js';
import { freeSlots, PROVIDER_EMAIL, signIn } from '../fixtures.js';
import { graphql } from '../graphql-client.js';
import { structure, tableStates, type TableState } from '../database-fingerprint.js';
import { createTestDatabase, withDatabase, type TestDatabase } from '../test-database.js';
import { startTestServer } from '../test-server.js';
import { waitFor } from '../wait-for.js';

// docker/backup/backup.sh and restore.sh as the backup service runs them: real processes, the
// real pg_dump and pg_restore, against a database the app itself filled.

const SCRIPTS = fileURLToPath(new URL('../../docker/backup/', import.meta.url));
const adminUrl = inject('adminDatabaseUrl');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(join(SCRIPTS, script), args, { env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** The major version of the test server. */
const serverMajor = () =>
  withDatabase(
    adminUrl,
    async (db) => (await db.query<{ major: number }>("SELECT current_setting('server_version_num')::int / 10000 AS major")).rows[0]!.major,
  );

/** Why pg_dump cannot dump the test server (the client must be at least as new), or null. */
async function whyNoPgDump(): Promise<string | null> {
  const client = await new Promise<string | null>((resolve) => execFile('pg_dump', ['--version'], (error, stdout) => resolve(error ? null : stdout)));
  if (!client) return 'pg_dump is not installed';
  const [version = '', major = ''] = /(\d+)(?:\.\d+)?/.exec(client) ?? [];
  const server = await serverMajor();
  return Number(major) < server ? `pg_dump ${version} cannot dump PostgreSQL ${server}` : null;
}

// With the embedded PostgreSQL and an older pg_dump on the PATH the dump cannot work: skipped
// there with the reason, never in CI (whose TEST_DATABASE_URL is the machine's own server).
const skipReason = process.env.CI ? null : await whyNoPgDump();
if (skipReason) console.warn(`backup-restore tests skipped: ${skipReason} (set TEST_DATABASE_URL to a server of the same version)`);

/** A new database with nothing in it, not cloned from the migrated template. */
async function createEmptyDatabase(): Promise<TestDatabase> {
  const name = `slotline_restore_${randomBytes(6).toString('hex')}`;
  await withDatabase(adminUrl, (db) => db.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withDatabase(adminUrl, (db) => db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

const BOOK = `mutation($slotId: ID!, $notes: String) { bookAppointment(input: { slotId: $slotId, notes: $notes }) {
  __typename ... on BookAppointmentSuccess { appointment { id } } } }`;
const CANCEL = `mutation($id: ID!, $reason: String) { cancelAppointment(input: { id: $id, reason: $reason }) { __typename } }`;
const RESCHEDULE = `mutation($id: ID!, $slotId: ID!) { rescheduleAppointment(input: { id: $id, slotId: $slotId }) { __typename } }`;
const CREATE_KEY = `mutation($name: String!, $scopes: [ApiScope!]!) { createApiKey(input: { name: $name, scopes: $scopes }) {
  __typename ... on CreateApiKeySuccess { apiKey { id } } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) { __typename } }`;
const MY_APPOINTMENTS = '{ myAppointments(first: 20) { edges { node { id status notes } } } }';

/** Fills the database as the app does: the demo seed, then bookings, a reschedule, a cancellation, their e-mails, API keys. */
async function fillThroughTheApp(database: TestDatabase): Promise<{ booked: string[] }> {
  const server = await startTestServer({ database, env: { SEED_DEMO_DATA: 'true' } });
  try {
    const provider = await signIn(server.graphqlUrl, PROVIDER_EMAIL);
    const client = await signIn(server.graphqlUrl, 'zoe.muller@example.com', 'Zoë Müller-Łukasik');
    const slots = await freeSlots(server.graphqlUrl, new Date(Date.now() + 3 * 86_400_000), new Date(Date.now() + 20 * 86_400_000));
    expect(slots.length).toBeGreaterThan(10);
    const booked: string[] = [];
    const notes = ['Contrat « cadre » — 2e lecture', 'Line one\nline two; it\'s "quoted" | piped \\ backslashed', null];
    for (const [index, note] of notes.entries()) {
      const response = await graphql(server.graphqlUrl, BOOK, { slotId: slots[index * 2]!.id, notes: note }, client);
      expect(response.data!.bookAppointment.__typename).toBe('BookAppointmentSuccess');
      booked.push(response.data!.bookAppointment.appointment.id as string);
    }
    expect((await graphql(server.graphqlUrl, RESCHEDULE, { id: booked[1], slotId: slots[7]!.id }, client)).data!.rescheduleAppointment.__typename).toBe(
      'RescheduleAppointmentSuccess',
    );
    expect((await graphql(server.graphqlUrl, CANCEL, { id: booked[2], reason: 'Travel — back next month' }, client)).data!.cancelAppointment.__typename).toBe(
      'CancelAppointmentSuccess',
    );
    const keys: string[] = [];
    for (const [name, scopes] of [
      ['Website widget', ['AVAILABILITY_READ']],
      ['CRM sync', ['APPOINTMENTS_READ', 'APPOINTMENTS_WRITE']],
    ] as const) {
      const response = await graphql(server.graphqlUrl, CREATE_KEY, { name, scopes }, provider);
      expect(response.data!.createApiKey.__typename).toBe('CreateApiKeySuccess');
      keys.push(response.data!.createApiKey.apiKey.id as string);
    }
    expect((await graphql(server.graphqlUrl, REVOKE_KEY, { id: keys[0] }, provider)).data!.revokeApiKey.__typename).toBe('RevokeApiKeySuccess');
    // The e-mails that are due go out (to the outbox) before the database is backed up.
    await waitFor(() =>
      withDatabase(database.url, async (db) => {
        const { rows } = await db.query<{ sent: number; waiting: number }>(
          `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent,
                  count(*) FILTER (WHERE status = 'QUEUED' AND "dueAt" <= now())::int AS waiting FROM "Notification"`,
        );
        return rows[0]!.sent >= 4 && rows[0]!.waiting === 0;
      }),
    );
    return { booked };
  } finally {
    // Stopped, the app writes nothing more: the source stays as it was backed up.
    await server.stop();
  }
}

describe.skipIf(skipReason)('backup.sh and restore.sh', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let backupDir: string;
  let sourceStates: Record<string, TableState>;
  let booked: string[];
  let startedAt: number;
  let backup: Run;
  let restore: Run;
  /** The backup's file name. */
  let file: string;

  // Filled by the app, backed up, restored into a new empty database: the tests look at each step.
  beforeAll(async () => {
    backupDir = mkdtempSync(join(tmpdir(), 'slotline-backups-'));
    source = await createTestDatabase(adminUrl, inject('templateDatabase'));
    target = await createEmptyDatabase();
    ({ booked } = await fillThroughTheApp(source));
    sourceStates = await tableStates(source.url);
    startedAt = Date.now();
    backup = await run('backup.sh', [], { DATABASE_URL: source.url, BACKUP_DIR: backupDir });
    file = readdirSync(backupDir).find((name) => name.endsWith('.dump')) ?? 'no backup written';
    restore = await run('restore.sh', [join(backupDir, file)], { DATABASE_URL: target.url });
  }, 120_000);

  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    if (backupDir) rmSync(backupDir, { recursive: true, force: true });
  });

  it('backs up into one file named after the time in UTC, readable by its owner only', () => {
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(backupDir).filter((name) => !name.startsWith('.'))).toEqual([file]);
    expect(readdirSync(backupDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(file).toMatch(/^slotline-\d{4}-\d{2}-\d{2}T\d{6}Z\.dump$/);
    const stamp = Date.parse(file.replace(/^slotline-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})Z\.dump$/, '$1T$2:$3:$4Z'));
    expect(stamp).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000);
    expect(stamp).toBeLessThanOrEqual(Date.now());
    expect(backup.stdout).toMatch(new RegExp(`^backup\\.sh: wrote ${file} \\(.+\\) in \\d+s; backups kept: 1, deleted: 0\\n$`));
    expect(statSync(join(backupDir, file)).mode & 0o077).toBe(0);
  });

  it('restores into an empty database, and every table comes back row for row', async () => {
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toMatch(/restored slotline-.*\.dump into database "slotline_restore_[0-9a-f]+": \d+ tables in schema public\n$/);

    expect(await tableStates(target.url)).toEqual(sourceStates);
    expect(await structure(target.url)).toEqual(await structure(source.url));

    // Not a trivial comparison: the app's data is there, in many tables.
    const filled = Object.values(sourceStates).filter((state) => state.rows > 0);
    expect(filled.length).toBeGreaterThanOrEqual(8);
    expect(sourceStates._prisma_migrations!.rows).toBe(readMigrations().length);
    expect(sourceStates.User!.rows).toBe(3);
    // The demo's 2 upcoming and 2 past appointments, and the 3 booked here.
    expect(sourceStates.Appointment!.rows).toBe(7);
    expect(sourceStates.TimeSlot!.rows).toBeGreaterThan(100);
    expect(sourceStates.BookingChange!.rows).toBeGreaterThanOrEqual(2);
    expect(sourceStates.Notification!.rows).toBeGreaterThanOrEqual(8);
    expect(sourceStates.ApiKey!.rows).toBe(2);
    expect(sourceStates).toHaveProperty('agenda_jobs');
  });

  it('leaves a restored database the app runs on as it is: no migration pending, the data readable', async () => {
    expect((await deployMigrations(target.url)).applied).toEqual([]);
    const server = await startTestServer({ database: target });
    try {
      const client = await signIn(server.graphqlUrl, 'zoe.muller@example.com');
      const mine = await graphql(server.graphqlUrl, MY_APPOINTMENTS, {}, client);
      const byId = new Map(
        (mine.data!.myAppointments.edges as { node: { id: string; status: string; notes: string | null } }[]).map(({ node }) => [node.id, node]),
      );
      expect(byId.get(booked[0]!)).toMatchObject({ status: 'SCHEDULED', notes: 'Contrat « cadre » — 2e lecture' });
      expect(byId.get(booked[2]!)).toMatchObject({ status: 'CANCELLED' });
    } finally {
      await server.stop();
    }
  });

  it('refuses to restore into a database that has tables, and changes nothing there', async () => {
    const refused = await run('restore.sh', [join(backupDir, file)], { DATABASE_URL: source.url });
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^restore\.sh: refusing to restore: database "slotline_test_[0-9a-f]+" already has \d+ tables in schema public \(.*"ApiKey".*\)\. Restore only into a new, empty database/,
    );
    expect(await tableStates(source.url)).toEqual(sourceStates);
  });

  it('restores all or nothing: when pg_restore fails part of the way, the target is left without a table', async () => {
    const empty = await createEmptyDatabase();
    try {
      // Not a table, so the target counts as empty; but its name is an index's, made after the data is in.
      await withDatabase(empty.url, (db) => db.query('CREATE SEQUENCE public."Appointment_startTime_idx"'));
      const result = await run('restore.sh', [join(backupDir, file)], { DATABASE_URL: empty.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Appointment_startTime_idx');
      expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^restore\.sh: pg_restore failed; nothing was restored: .*already exists/);
      expect(await tableStates(empty.url)).toEqual({});
    } finally {
      await empty.drop();
    }
  });

  it('refuses a file that is not a backup, before touching the database', async () => {
    const bogus = join(backupDir, 'not-a-backup.dump');
    writeFileSync(bogus, 'PGDMP? no.\n');
    const empty = await createEmptyDatabase();
    try {
      const result = await run('restore.sh', [bogus], { DATABASE_URL: empty.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^restore\.sh: .*not-a-backup\.dump is not a backup pg_restore can read/);
      expect(await tableStates(empty.url)).toEqual({});
    } finally {
      rmSync(bogus);
      await empty.drop();
    }
  });
});

describe('backup.sh when the database cannot be reached', () => {
  it('exits non-zero with the reason, never shows the password, and leaves no file that looks like a backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'slotline-backups-'));
    try {
      // Port 1 on loopback: nothing listens there, the connection is refused at once.
      const password = 'pa%24%24-w0rd-not-to-be-shown';
      const result = await run('backup.sh', [], { DATABASE_URL: `postgresql://slotline:${password}@127.0.0.1:1/slotline`, BACKUP_DIR: dir });
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/backup\.sh: pg_dump failed: .*127\.0\.0\.1.*port 1/);
      expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^backup\.sh: pg_dump failed/);
      expect(result.stderr).not.toContain('w0rd');
      expect(readdirSync(dir).filter((name) => name !== '.backup.lock')).toEqual([]);

      // A URL libpq cannot parse is echoed back by libpq: the password is blanked out of it.
      const garbled = await run('backup.sh', [], { DATABASE_URL: `postgresql://slotline:se%ZZcret@127.0.0.1:1/slotline`, BACKUP_DIR: dir });
      expect(garbled.code).not.toBe(0);
      expect(garbled.stderr).toContain('pg_dump failed');
      expect(garbled.stderr).not.toContain('se%ZZcret');
      expect(readdirSync(dir).filter((name) => name !== '.backup.lock')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits non-zero when DATABASE_URL is not set', async () => {
    const result = await run('backup.sh', [], { DATABASE_URL: '', BACKUP_DIR: tmpdir() });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toBe('backup.sh: DATABASE_URL is not set\n');
  });
});
