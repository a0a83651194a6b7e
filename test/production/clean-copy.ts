import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/**
 * What the image's build stage does, from the committed files alone: `git ls-files` copied into
 * a folder of its own (nothing untracked, no dist/ or generated client from this checkout), the
 * Prisma client generated (the postinstall step) and `npm run build`. The repository's
 * node_modules is borrowed through a symlink: the same versions `npm ci` would install.
 */
export function buildCleanCopy(root: string): string {
  const source = join(root, 'source');
  const files = run('git', ['ls-files', '-z'], REPO).split('\0').filter(Boolean);
  for (const file of files) {
    // A tracked file deleted in the working tree is not part of what would be committed next.
    if (!existsSync(join(REPO, file))) continue;
    mkdirSync(dirname(join(source, file)), { recursive: true });
    cpSync(join(REPO, file), join(source, file));
  }
  symlinkSync(join(REPO, 'node_modules'), join(source, 'node_modules'));
  run(process.execPath, ['prisma/generate.mjs'], source);
  run('npm', ['run', 'build'], source);
  return source;
}

/**
 * What the image's runtime stage does: package.json and the lock file, production dependencies
 * installed with no install script, then the build's dist/ and web/dist and the migrations.
 * The folder belongs to root and is only readable by others, as in the image.
 */
export function buildRuntime(source: string, root: string, name: string): string {
  const app = join(root, name);
  mkdirSync(app);
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(source, file), join(app, file));
  run('npm', ['ci', '--omit=dev', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], app);
  copyBuildOutputs(source, app);
  return app;
}

function copyBuildOutputs(source: string, app: string) {
  cpSync(join(source, 'dist'), join(app, 'dist'), { recursive: true });
  cpSync(join(source, 'web', 'dist'), join(app, 'web', 'dist'), { recursive: true });
  cpSync(join(source, 'prisma', 'migrations'), join(app, 'prisma', 'migrations'), { recursive: true });
}

/**
 * The next release: the same build plus one more migration. Its dependencies are the same, so
 * node_modules is shared through a symlink; dist/ is a real copy, because the server finds
 * prisma/migrations by walking up from where its files really are.
 */
export function buildNextRelease(source: string, current: string, root: string, migration: { name: string; sql: string }): string {
  const app = join(root, 'next');
  mkdirSync(app);
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(current, file), join(app, file));
  symlinkSync(join(current, 'node_modules'), join(app, 'node_modules'));
  copyBuildOutputs(source, app);
  mkdirSync(join(app, 'prisma', 'migrations', migration.name));
  writeFileSync(join(app, 'prisma', 'migrations', migration.name, 'migration.sql'), migration.sql);
  return app;
}

/** A temporary folder that other users may enter (mkdtemp makes it private to root). */
export function makeSharedTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}
