// Runs `prisma generate` without the native schema engine, which cannot be downloaded
// offline: generation only needs the WASM engines bundled with the CLI. The fake engine
// exits 1 so that any command that really needs the native engine fails loudly.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// A production install (`npm ci --omit=dev`) has no Prisma CLI and needs none: the compiled
// server in dist/ already holds the generated client. Without this check, npx would fetch one.
try {
  createRequire(import.meta.url).resolve('prisma/package.json');
} catch {
  console.log('prisma generate skipped: the Prisma CLI (a dev dependency) is not installed');
  process.exit(0);
}

const noEngine = fileURLToPath(new URL('./no-native-engine.sh', import.meta.url));
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: noEngine, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
