import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';

// docker/backup/prune.sh on a folder of fabricated backups: the newest backup of each of the
// last 7 days and of each of the last 4 ISO weeks stay, nothing else of the backups' names.

const PRUNE = fileURLToPath(new URL('../../docker/backup/prune.sh', import.meta.url));
const DAY = 86_400_000;

function prune(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(PRUNE, args, { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const nameAt = (time: Date) => `slotline-${time.toISOString().slice(0, 19).replaceAll(':', '')}Z.dump`;
const timeOf = (name: string) => new Date(name.replace(/^slotline-(\d{4}-\d{2}-\d{2})T(\d\d)(\d\d)(\d\d)Z\.dump$/, '$1T$2:$3:$4Z'));
const dayOf = (time: Date) => time.toISOString().slice(0, 10);
/** The ISO week of a UTC calendar day, by date-fns (on that day at local midnight: only the calendar day counts). */
const weekOf = (day: string) => `${getISOWeekYear(parseISO(day))}-W${getISOWeek(parseISO(day))}`;

/** Several backups a day for `days` days up to the day after `now` (so some are later than `now`), at varying times. */
function fabricate(now: Date, days: number, skipDays: string[] = []): string[] {
  const last = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY;
  const names: string[] = [];
  for (let day = 0; day < days; day++) {
    const midnight = last - day * DAY;
    if (skipDays.includes(dayOf(new Date(midnight)))) continue;
    // 00:30, 03:15 (the daily run), a manual run at a time that changes from day to day, 23:59:59.
    for (const offset of [30 * 60_000, 3 * 3_600_000 + 15 * 60_000, ((day * 7_919) % 86_000) * 1_000, DAY - 1_000]) {
      names.push(nameAt(new Date(midnight + offset)));
    }
  }
  return [...new Set(names)];
}

/** What the policy keeps of `names` at `now`, worked out here on its own. */
function expectedKept(names: string[], now: Date): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = new Set([0, 1, 2, 3, 4, 5, 6].map((back) => dayOf(new Date(today - back * DAY))));
  const weeks = new Set([0, 1, 2, 3].map((back) => weekOf(dayOf(new Date(today - back * 7 * DAY)))));
  const newestFirst = names.filter((name) => timeOf(name) <= now).sort((a, b) => timeOf(b).getTime() - timeOf(a).getTime());
  const kept = new Set(names.filter((name) => timeOf(name) > now));
  const newestOfDay = new Map<string, string>();
  const newestOfWeek = new Map<string, string>();
  for (const name of newestFirst) {
    const day = dayOf(timeOf(name));
    if (days.has(day) && !newestOfDay.has(day)) newestOfDay.set(day, name);
    if (weeks.has(weekOf(day)) && !newestOfWeek.has(weekOf(day))) newestOfWeek.set(weekOf(day), name);
  }
  for (const name of [...newestOfDay.values(), ...newestOfWeek.values()]) kept.add(name);
  return [...kept].sort();
}

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folderWith(names: string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'slotline-retention-'));
  for (const name of names) writeFileSync(join(dir, name), 'PGDMP');
  return dir;
}

const OTHER_FILES = ['notes.txt', '.slotline-2026-11-25T031500Z.dump.partial', 'slotline-before-migration.dump', 'slotline-2026-13-45T031500Z.dump'];

describe('prune.sh', () => {
  it('keeps the newest backup of each of the last 7 days and of each of the last 4 ISO weeks, out of 60 days of backups', async () => {
    const now = new Date('2026-11-25T03:16:00Z'); // a Wednesday, just after the daily run
    const backups = fabricate(now, 60);
    expect(backups.length).toBeGreaterThan(200);
    folderWith([...backups, ...OTHER_FILES]);

    const result = await prune([dir, now.toISOString()]);
    expect(result).toMatchObject({ code: 0, stderr: '' });

    const kept = expectedKept(backups, now);
    const remaining = readdirSync(dir);
    expect(remaining.filter((name) => backups.includes(name)).sort()).toEqual(kept);
    expect(remaining.filter((name) => !backups.includes(name)).sort()).toEqual([...OTHER_FILES].sort());
    // Worked out by hand: 25 (up to 03:16), 24, 23, 22, 21, 20, 19 November; the weeks of 23 and 16
    // November are kept by days 25 and 22 already; 15 and 8 November end the two weeks before.
    const past = kept.filter((name) => timeOf(name) <= now);
    expect(past).toEqual(
      [
        'slotline-2026-11-08T235959Z.dump',
        'slotline-2026-11-15T235959Z.dump',
        'slotline-2026-11-19T235959Z.dump',
        'slotline-2026-11-20T235959Z.dump',
        'slotline-2026-11-21T235959Z.dump',
        'slotline-2026-11-22T235959Z.dump',
        'slotline-2026-11-23T235959Z.dump',
        'slotline-2026-11-24T235959Z.dump',
        'slotline-2026-11-25T031500Z.dump',
      ].sort(),
    );
    const deleted = backups.length - kept.length;
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(`backups kept: ${past.length}, deleted: ${deleted}`);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('deleted '))).toHaveLength(deleted);
  });

  it.each([
    ['on a Monday just after midnight, before any backup of the day', '2026-11-23T00:10:00Z'],
    ['on a Sunday in ISO week 53', '2027-01-03T23:00:00Z'],
    ['on the Monday of week 1 of the next ISO year', '2027-01-04T12:00:00Z'],
    ['when one of the weeks is ISO week 53, from 28 December to 3 January', '2027-01-12T03:15:00Z'],
    ['on 29 February', '2028-02-29T03:15:00Z'],
  ])('keeps exactly what the policy says %s', async (_when, iso) => {
    const now = new Date(iso);
    const backups = fabricate(now, 60);
    folderWith(backups);
    expect((await prune([dir, iso])).code).toBe(0);
    const kept = expectedKept(backups, now);
    expect(readdirSync(dir).sort()).toEqual(kept);
    // 7 days and 4 weeks, some backups counting for both, and those later than `now`.
    const past = kept.filter((name) => timeOf(name) <= now);
    expect(past.length).toBeGreaterThanOrEqual(7);
    expect(past.length).toBeLessThanOrEqual(11);
  });

  it('keeps the weekly backups across days without any backup', async () => {
    const now = new Date('2026-11-25T03:16:00Z');
    const backups = fabricate(now, 60, ['2026-11-22', '2026-11-21', '2026-11-15']);
    folderWith(backups);
    expect((await prune([dir, now.toISOString()])).code).toBe(0);
    const kept = expectedKept(backups, now);
    expect(readdirSync(dir).sort()).toEqual(kept);
    // Without a backup on Sunday 15 November, that week's newest is from Saturday the 14th.
    expect(kept).toContain('slotline-2026-11-14T235959Z.dump');
    expect(kept.filter((name) => timeOf(name) <= now)).toHaveLength(5 + 2);
  });

  it('deletes nothing with --dry-run, and says what it would delete', async () => {
    const now = new Date('2026-11-25T03:16:00Z');
    const backups = fabricate(now, 20);
    folderWith(backups);
    const result = await prune(['--dry-run', dir, now.toISOString()]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(backups.length);
    const wouldDelete = result.stdout.split('\n').filter((line) => line.startsWith('would delete '));
    expect(wouldDelete.length).toBe(backups.length - expectedKept(backups, now).length);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^backups kept: 9, to delete: \d+$/);
  });

  it('refuses a missing folder or an unreadable time', async () => {
    expect(await prune([join(tmpdir(), 'no-such-backup-folder')])).toMatchObject({ code: 1, stderr: expect.stringContaining('no such folder') });
    folderWith([]);
    expect(await prune([dir, 'not a time'])).toMatchObject({ code: 1, stderr: "prune.sh: cannot read the time 'not a time'\n" });
  });
});
