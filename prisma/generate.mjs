// Runs `prisma generate` without the native schema engine, which cannot be downloaded
// offline: generation only needs the WASM engines bundled with the CLI. The fake engine
// exits 1 so that any command that really needs the native engine fails loudly.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const noEngine = fileURLToPath(new URL('./no-native-engine.sh', import.meta.url));
const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: noEngine, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
