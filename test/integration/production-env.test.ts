import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../api/main.ts', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `api/main.ts` the way production does, with nothing but `env` (and PATH), and waits for it to end. */
async function runMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output, ms: Date.now() - started };
}

describe('a production start with an incomplete environment', () => {
  it('exits 1 before listening, naming every missing or invalid variable and none of the secrets', async () => {
    const port = await freePort();
    const secrets = {
      DATABASE_URL: 'postgresql://slotline:db-secret-password@127.0.0.1:1/slotline',
      RESEND_API_KEY: 're_live_secret_api_key_123',
      GOOGLE_CLIENT_SECRET: 'google-client-secret-456',
      GOOGLE_TOKEN_KEY: 'not-32-bytes-token-key-789',
      FIREBASE_WEB_API_KEY: 'AIza-web-key-000',
    };
    const { code, output, ms } = await runMain({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_URL: 'http://book.example.com',
      ...secrets,
    });

    expect(code).toBe(1);
    expect(ms).toBeLessThan(10_000);
    const named = [...output.matchAll(/^ {2}- (\w+) /gm)].map((match) => match[1]);
    expect(named.sort()).toEqual(
      [
        'APP_URL',
        'EMAIL_FROM',
        'FIREBASE_AUTH_DOMAIN',
        'FIREBASE_PROJECT_ID',
        'GOOGLE_APPLICATION_CREDENTIALS',
        'GOOGLE_CLIENT_ID',
        'GOOGLE_TOKEN_KEY',
        'PROVIDER_EMAILS',
        'REDIS_URL',
        'RESEND_WEBHOOK_SECRET',
      ].sort(),
    );
    expect(output).toContain('APP_URL must be an https URL');
    expect(output).toContain('See .env.example');
    for (const value of Object.values(secrets)) expect(output).not.toContain(value);
    expect(output).not.toContain('db-secret-password');
    // Nothing but the list: it never got as far as logging, connecting or listening.
    expect(output.startsWith('Invalid environment:\n')).toBe(true);
    expect(output).not.toContain('"level"');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
