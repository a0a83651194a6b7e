import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { startFakeResend } from '../fake-resend.js';
import { writeServiceAccountKey } from '../service-account-key.js';
import { createTestDatabase, type TestDatabase } from '../test-database.js';
import { startAppProcess, waitUntilReady, type AppProcess } from './app-process.js';
import { buildCleanCopy, buildRuntime, makeSharedTempDir } from './clean-copy.js';
import { GOOGLE_CERTS_HOST, mintIdToken, startFakeGoogleCerts, type SigningKey } from './fake-google-certs.js';
import { findNginx, makeSelfSignedCertificate, startNginx, writeNginxConfig } from './nginx.js';
import { seedProvider } from './seed.js';
import { makeSigningKey, makeTestPki, type TestPki } from './test-pki.js';
import { startTlsFront } from './tls-front.js';

// Ports of this test's own (46xx): nginx, the two API instances, the Resend fake's TLS front.
export const PORTS = { http: 4680, https: 4643, api1: 4611, api2: 4612, resend: 4620 };
export const PROVIDER_EMAIL = 'provider@example.com';
export type ApiName = 'api-1' | 'api-2';

export interface ProductionStack {
  root: string;
  source: string;
  /** The runtime folder of the release running at first. */
  app: string;
  base: string;
  nginxCa: Buffer;
  nginxArgs: string[];
  nginxBinary: string;
  database: TestDatabase;
  metricsToken: string;
  slotsCreated: number;
  resend: Awaited<ReturnType<typeof startFakeResend>>;
  googleCerts: Awaited<ReturnType<typeof startFakeGoogleCerts>>;
  signingKey: SigningKey;
  projectId: string;
  apis: Record<ApiName, AppProcess>;
  worker: AppProcess;
  apiUrl(name: ApiName): string;
  /** Starts (or restarts) an instance from a release folder and waits until it is ready. */
  startApi(name: ApiName, app: string): Promise<AppProcess>;
  token(email: string, key?: SigningKey): string;
  /** `nginx -s reload`: new workers with the config read again, the old ones finishing their requests. */
  reloadNginx(): void;
  /** The processes' output and nginx's error log, for a failure's report. */
  diagnostics(): string;
  stop(): Promise<void>;
}

export async function startProductionStack(adminDatabaseUrl: string, templateDatabase: string, redisUrl: string): Promise<ProductionStack> {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((error: unknown) => console.error('cleanup failed', error));
  };
  try {
    if (process.getuid?.() !== 0) {
      throw new Error(
        'the production-shape test needs root: it runs the app as nobody (setpriv), in mount namespaces (unshare) and on port 443. This test never skips.',
      );
    }
    const root = makeSharedTempDir('slotline-production-');
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const nginxBinary = findNginx();
    const source = buildCleanCopy(root);
    const app = buildRuntime(source, root, 'app');

    // A loopback address of its own for the fake Google: port 443 there is free whatever else runs.
    const googleAddress = `127.${1 + (randomBytes(1)[0]! % 250)}.${randomBytes(1)[0]!}.${1 + (randomBytes(1)[0]! % 250)}`;
    const pki = makeTestPki(root, { dns: [GOOGLE_CERTS_HOST], ip: ['127.0.0.1'] });
    const signingKey: SigningKey = { kid: randomBytes(20).toString('hex'), ...makeSigningKey(root, 'signing') };
    const googleCerts = await startFakeGoogleCerts(pki, googleAddress, [signingKey]);
    cleanups.push(googleCerts.stop);
    const hostsFile = join(root, 'hosts');
    writeFileSync(hostsFile, `${readFileSync('/etc/hosts', 'utf8')}\n${googleAddress} ${GOOGLE_CERTS_HOST}\n`);

    const resend = await startFakeResend();
    cleanups.push(resend.close);
    const resendFront = await startTlsFront(pki, PORTS.resend, Number(new URL(resend.url).port));
    cleanups.push(resendFront.stop);

    const database = await createTestDatabase(adminDatabaseUrl, templateDatabase);
    cleanups.push(database.drop);
    const slotsCreated = await seedProvider(database.url, PROVIDER_EMAIL);

    const projectId = `slotline-prod-${randomBytes(3).toString('hex')}`;
    const metricsToken = randomBytes(32).toString('hex');
    const base = `https://127.0.0.1:${PORTS.https}`;
    const env = productionEnv({ pki, database, redisUrl, projectId, metricsToken, base, resendUrl: resendFront.url });

    const processes: AppProcess[] = [];
    cleanups.push(() => Promise.all(processes.map((running) => running.stop())));
    const worker = startAppProcess({ name: 'worker', app, script: 'dist/jobs/main.js', env });
    processes.push(worker);
    const apiPort = (name: ApiName) => (name === 'api-1' ? PORTS.api1 : PORTS.api2);
    const apiUrl = (name: ApiName) => `http://127.0.0.1:${apiPort(name)}`;
    const apis = {} as Record<ApiName, AppProcess>;
    const startApi = async (name: ApiName, release: string) => {
      const api = startAppProcess({
        name,
        app: release,
        script: 'dist/api/main.js',
        hostsFile,
        env: { ...env, HOST: '127.0.0.1', PORT: String(apiPort(name)), WORKER: 'off', TRUST_PROXY: '1' },
      });
      processes.push(api);
      apis[name] = api;
      await waitUntilReady(api, apiUrl(name));
      return api;
    };
    await Promise.all([startApi('api-1', app), startApi('api-2', app)]);

    const nginxDir = join(root, 'nginx');
    mkdirSync(join(nginxDir, 'acme'), { recursive: true });
    const nginxCa = makeSelfSignedCertificate(nginxDir);
    const nginxArgs = writeNginxConfig({
      dir: nginxDir,
      httpPort: PORTS.http,
      httpsPort: PORTS.https,
      upstreams: [`127.0.0.1:${PORTS.api1}`, `127.0.0.1:${PORTS.api2}`],
    });
    const nginx = startNginx(nginxBinary, nginxArgs);
    cleanups.push(nginx.stop);
    await waitForHttps(`${base}/healthz`, nginxCa);

    return {
      root,
      source,
      app,
      base,
      nginxCa,
      nginxArgs,
      nginxBinary,
      database,
      metricsToken,
      slotsCreated,
      resend,
      googleCerts,
      signingKey,
      projectId,
      apis,
      worker,
      apiUrl,
      startApi,
      reloadNginx: () => {
        const reload = spawnSync(nginxBinary, [...nginxArgs, '-s', 'reload'], { encoding: 'utf8' });
        if (reload.status !== 0) throw new Error(`nginx -s reload failed: ${reload.stderr}`);
      },
      diagnostics: () =>
        [
          ...processes.map((running) => `--- ${running.name} (pid ${running.child.pid}, exit ${running.child.exitCode})\n${running.output().slice(-20_000)}`),
          `--- nginx error.log\n${existsSync(join(nginxDir, 'error.log')) ? readFileSync(join(nginxDir, 'error.log'), 'utf8').slice(-20_000) : ''}`,
        ].join('\n'),
      token: (email, key = signingKey) => `Bearer ${mintIdToken(key, projectId, { uid: `uid-${email}`, email })}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What a production deployment sets (README "Configuration"), pointed at this machine's services and fakes. */
function productionEnv(options: {
  pki: TestPki;
  database: TestDatabase;
  redisUrl: string;
  projectId: string;
  metricsToken: string;
  base: string;
  resendUrl: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    APP_URL: options.base,
    DATABASE_URL: options.database.url,
    REDIS_URL: options.redisUrl,
    REDIS_CHANNEL_PREFIX: `slotline-production-test-${randomBytes(4).toString('hex')}:`,
    PROVIDER_EMAILS: PROVIDER_EMAIL,
    FIREBASE_PROJECT_ID: options.projectId,
    FIREBASE_WEB_API_KEY: `AIza${randomBytes(18).toString('base64url')}`,
    FIREBASE_AUTH_DOMAIN: `${options.projectId}.firebaseapp.com`,
    // Only a provider's sign-in would use it (at Google); the test signs clients in.
    GOOGLE_APPLICATION_CREDENTIALS: writeServiceAccountKey(options.projectId),
    METRICS_TOKEN: options.metricsToken,
    RESEND_API_KEY: `re_${randomBytes(12).toString('hex')}`,
    RESEND_BASE_URL: options.resendUrl,
    RESEND_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
    EMAIL_FROM: 'Slotline <bookings@example.com>',
    // The load test books and cancels from one address (nginx's clients all come from 127.0.0.1).
    RATE_LIMIT_PER_MINUTE: '100000',
    // As docker/compose.yml sets it for the API instances (docs/upgrades.md).
    SHUTDOWN_DELAY_MS: '5000',
    JOB_POLL_MS: '500',
    // The test CA: it signed the fake Google endpoint's and the Resend fake's certificates.
    NODE_EXTRA_CA_CERTS: options.pki.caFile,
  };
}

async function waitForHttps(url: string, ca: Buffer, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      httpsRequest(url, { ca }, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      })
        .on('error', () => resolve(false))
        .end();
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}
