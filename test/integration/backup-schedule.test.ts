import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, withDatabase } from '../test-database.js';
import { waitFor } from '../wait-for.js';

// docker/backup/run-daily.sh, the backup service, as a real process: it runs backup.sh at
// BACKUP_AT (here a few seconds ahead, to the second), logs one line per run, survives a
// failed run, and stops at once on SIGTERM.

const RUN_DAILY = fileURLToPath(new URL('../../docker/backup/run-daily.sh', import.meta.url));
const LOG_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z`;

interface Service {
  process: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
}

const started: Service[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const service of started.splice(0)) service.process.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function backupDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slotline-backups-'));
  dirs.push(dir);
  return dir;
}

function startService(env: Record<string, string>): Service {
  const child = spawn(RUN_DAILY, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const service: Service = {
    process: child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout.on('data', (chunk: Buffer) => (service.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (service.stderr += chunk.toString()));
  started.push(service);
  return service;
}

/** A time of day (UTC, HH:MM:SS) a few seconds from now; waits out the last seconds before midnight. */
async function inAFewSeconds(): Promise<string> {
  const secondOfDay = () => Math.floor(Date.now() / 1000) % 86_400;
  while (secondOfDay() > 86_390) await new Promise((resolve) => setTimeout(resolve, 1_000));
  return new Date(Date.now() + 3_000).toISOString().slice(11, 19);
}

function pgDumpMajor(): Promise<number | null> {
  return new Promise((resolve) => execFile('pg_dump', ['--version'], (error, stdout) => resolve(error ? null : Number(/(\d+)/.exec(stdout)?.[1]))));
}

describe('run-daily.sh', () => {
  it('refuses a BACKUP_AT that is not a time of day', async () => {
    const service = startService({ DATABASE_URL: 'postgresql://x@127.0.0.1:1/x', BACKUP_AT: '3:15am' });
    expect(await service.exited).toBe(2);
    expect(service.stderr).toBe("run-daily.sh: BACKUP_AT must be a time of day HH:MM in UTC, e.g. 03:15 (got '3:15am')\n");
  });

  it('reports a failed run in one line, keeps running for the next day, and stops at once on SIGTERM', async () => {
    const at = await inAFewSeconds();
    const dir = backupDir();
    const service = startService({ DATABASE_URL: 'postgresql://slotline:not-to-be-shown@127.0.0.1:1/slotline', BACKUP_DIR: dir, BACKUP_AT: at });
    await waitFor(async () => service.stdout.includes('backup service started'), 5_000);
    expect(service.stdout).toMatch(new RegExp(`^${LOG_TIME} backup service started: backs up daily at ${at} UTC into ${dir}; next run at ${LOG_TIME}\\n$`));

    await waitFor(async () => service.stderr.includes('backup FAILED'), 15_000);
    const lines = service.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^${LOG_TIME} backup FAILED \\(exit 1\\): pg_dump failed: .*port 1 failed: .*; next run at \\d{4}-\\d{2}-\\d{2}T${at}Z$`),
    );
    const nextRun = Date.parse(/next run at (\S+)$/.exec(lines[0]!)![1]!);
    expect(nextRun - Date.now()).toBeGreaterThan(86_400_000 - 60_000);
    expect(service.stdout + service.stderr).not.toContain('not-to-be-shown');
    expect(readdirSync(dir).filter((name) => name.endsWith('.dump'))).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(service.process.exitCode).toBeNull();
    const stopping = Date.now();
    service.process.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(2_000);
    expect(service.stdout).toMatch(new RegExp(`${LOG_TIME} backup service stopped\\n$`));
  });

  it('writes a backup at BACKUP_AT and logs it in one line', async ({ skip }) => {
    const adminUrl = inject('adminDatabaseUrl');
    const server = await withDatabase(
      adminUrl,
      async (db) => (await db.query<{ major: number }>("SELECT current_setting('server_version_num')::int / 10000 AS major")).rows[0]!.major,
    );
    const client = await pgDumpMajor();
    // As in backup-restore.test.ts: the embedded server may be newer than the pg_dump at hand (never so in CI).
    if (!process.env.CI && (client === null || client < server)) skip(`pg_dump ${client ?? 'missing'} cannot dump PostgreSQL ${server}`);
    const database = await createTestDatabase(adminUrl, inject('templateDatabase'));
    try {
      const at = await inAFewSeconds();
      const dir = backupDir();
      const service = startService({ DATABASE_URL: database.url, BACKUP_DIR: dir, BACKUP_AT: at });
      await waitFor(async () => service.stdout.includes('backup ok'), 20_000);
      const [file] = readdirSync(dir).filter((name) => name.endsWith('.dump'));
      const [, day, hh, mm, ss] = /^slotline-(\d{4}-\d{2}-\d{2})T(\d\d)(\d\d)(\d\d)Z\.dump$/.exec(file ?? '') ?? [];
      expect(day).toBeDefined();
      // Named after the time the dump began: at BACKUP_AT, or a moment after.
      const lateBy = Date.parse(`${day}T${hh}:${mm}:${ss}Z`) - Date.parse(`${day}T${at}Z`);
      expect(lateBy).toBeGreaterThanOrEqual(0);
      expect(lateBy).toBeLessThan(5_000);
      expect(service.stdout.trimEnd().split('\n').at(-1)).toMatch(
        new RegExp(`^${LOG_TIME} backup ok: wrote ${file} \\(.+\\) in \\d+s; backups kept: 1, deleted: 0; next run at \\d{4}-\\d{2}-\\d{2}T${at}Z$`),
      );
      expect(service.stderr).toBe('');
      service.process.kill('SIGTERM');
      expect(await service.exited).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
