import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The unprivileged user the app runs as; the image's "node" user plays this part there. */
export const APP_USER = { user: 'nobody', group: 'nogroup' };

export const asAppUser = (command: string[]) => ['setpriv', `--reuid=${APP_USER.user}`, `--regid=${APP_USER.group}`, '--clear-groups', '--', ...command];

export interface AppProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  output(): string;
  /** SIGTERM, then waits for the process to end; returns its exit code. */
  stop(): Promise<number | null>;
}

/**
 * `node <script>` from an app folder, as the image's CMD runs it: plain node, the app user,
 * NODE_ENV=production. With `hostsFile`, the process gets a mount namespace of its own in which
 * that file is /etc/hosts (how it reaches the fake Google endpoint); nothing else changes for it.
 */
export function startAppProcess(options: { name: string; app: string; script: string; env: Record<string, string>; hostsFile?: string }): AppProcess {
  const node = [process.execPath, join(options.app, options.script)];
  const [command, ...args] = options.hostsFile
    ? ['unshare', '--mount', '--propagation', 'private', '--', 'sh', '-c', 'mount --bind "$0" /etc/hosts && exec "$@"', options.hostsFile, ...asAppUser(node)]
    : asAppUser(node);
  // Only what the app needs: no variable of the test runner leaks into production's environment.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...options.env };
  const child = spawn(command!, args, { cwd: options.app, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name: options.name,
    child,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Waits until the instance's /readyz answers 200, failing early with its output if it exits. */
export async function waitUntilReady(app: AppProcess, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`${app.name} exited at start (${app.child.exitCode}):\n${app.output()}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${app.name} did not become ready in ${timeoutMs} ms:\n${app.output()}`);
}
