import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const POLICY = fileURLToPath(new URL('./crash-policy.ts', import.meta.url));

/** Runs a small program under the crash policy as a process of its own; returns its exit code and output. */
function run(body: string): Promise<{ code: number | null; output: string }> {
  const program = `
    import { installCrashPolicy } from ${JSON.stringify(POLICY)};
    import { pino } from 'pino';
    const logger = pino({ base: null, timestamp: false });
    installCrashPolicy(logger, async () => { console.log('STOPPED CLEANLY'); }, 2_000);
    ${body}
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { cwd: fileURLToPath(new URL('..', import.meta.url)) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

it('logs a rejection nobody handled and keeps the process serving', async () => {
  const { code, output } = await run(`
    void Promise.reject(new Error('a failed publish'));
    setTimeout(() => { console.log('STILL HERE'); process.exit(0); }, 300);
  `);
  expect(code).toBe(0);
  expect(output).toContain('unhandled promise rejection; carrying on');
  expect(output).toContain('a failed publish');
  expect(output).toContain('STILL HERE');
});

it('stops cleanly and exits 1 after an uncaught exception', async () => {
  const { code, output } = await run(`
    setTimeout(() => { throw new Error('state may be half-changed'); }, 10);
    setInterval(() => {}, 1_000);
  `);
  expect(code).toBe(1);
  expect(output).toContain('uncaught exception; stopping so that a fresh process takes over');
  expect(output).toContain('STOPPED CLEANLY');
});
