import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { writeServiceAccountKey } from '../test/service-account-key.js';
import { EnvError, loadEnv } from './env.js';

const serviceAccount = writeServiceAccountKey('slotline-prod');

// What production needs beyond the variables a test is about.
const productionBase = {
  GOOGLE_APPLICATION_CREDENTIALS: serviceAccount,
  FIREBASE_AUTH_DOMAIN: 'slotline-prod.firebaseapp.com',
  REDIS_URL: 'redis://redis:6379',
  APP_URL: 'https://book.example.com',
};

function problemsOf(source: Record<string, string>): string[] {
  try {
    loadEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadEnv', () => {
  it('defaults to the embedded, dev-sign-in setup', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      dataDir: './.data',
      redisUrl: undefined,
      authMode: 'dev',
      providerEmails: ['provider@example.com'],
      seedDemoData: true,
    });
  });

  it('refuses AUTH_MODE=dev in production, and lists every problem at once', () => {
    const attempt = () => loadEnv({ NODE_ENV: 'production', AUTH_MODE: 'dev', PORT: 'eighty', REDIS_URL: 'localhost' });
    expect(attempt).toThrow(EnvError);
    try {
      attempt();
    } catch (error) {
      const { problems } = error as EnvError;
      expect(problems.some((p) => p.startsWith('PORT'))).toBe(true);
      expect(problems.some((p) => p.startsWith('REDIS_URL'))).toBe(true);
    }
    expect(() => loadEnv({ NODE_ENV: 'production', AUTH_MODE: 'dev', DATABASE_URL: 'postgresql://db/x', PROVIDER_EMAILS: 'claire@example.com' })).toThrow(
      /AUTH_MODE=dev mints its own sign-in tokens and is refused when NODE_ENV=production/,
    );
  });

  it('needs a Firebase project, a database and provider e-mails in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/FIREBASE_PROJECT_ID[\s\S]*FIREBASE_WEB_API_KEY[\s\S]*DATABASE_URL[\s\S]*PROVIDER_EMAILS/);
    const env = loadEnv({
      ...productionBase,
      NODE_ENV: 'production',
      FIREBASE_PROJECT_ID: 'slotline-prod',
      FIREBASE_WEB_API_KEY: 'AIza-example',
      DATABASE_URL: 'postgresql://app@db:5432/slotline',
      PROVIDER_EMAILS: 'Claire@Example.com, assistant@example.com',
    });
    expect(env).toMatchObject({ authMode: 'firebase', providerEmails: ['claire@example.com', 'assistant@example.com'], seedDemoData: false, graphiql: false });
  });

  it('refuses the Firebase emulator in production, naming the variable', () => {
    const production = {
      ...productionBase,
      NODE_ENV: 'production',
      FIREBASE_PROJECT_ID: 'slotline-prod',
      FIREBASE_WEB_API_KEY: 'AIza-example',
      DATABASE_URL: 'postgresql://app@db:5432/slotline',
      PROVIDER_EMAILS: 'claire@example.com',
    };
    expect(() => loadEnv({ ...production, FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' })).toThrow(
      /FIREBASE_AUTH_EMULATOR_HOST .*refused when NODE_ENV=production/,
    );
    expect(loadEnv({ ...production, NODE_ENV: 'test', FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' }).authMode).toBe('firebase');
    // The web app is told about the emulator only when the server trusts it, and never otherwise.
    expect(loadEnv({ ...production, NODE_ENV: 'test', FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' }).firebaseWeb?.authEmulatorUrl).toBe(
      'http://127.0.0.1:9099',
    );
    expect(loadEnv({ ...production, NODE_ENV: 'test' }).firebaseWeb?.authEmulatorUrl).toBeNull();
    expect(
      loadEnv({ ...production, FIREBASE_AUTH_DOMAIN: 'slotline.firebaseapp.com', REDIS_URL: 'redis://redis:6379', APP_URL: 'https://book.example.com' })
        .firebaseWeb?.authEmulatorUrl ?? null,
    ).toBeNull();
  });

  it('rejects malformed URLs and e-mail lists with clear messages', () => {
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgresql:\/\//);
    expect(() => loadEnv({ PROVIDER_EMAILS: 'not-an-email' })).toThrow(/PROVIDER_EMAILS/);
  });
});

describe('loadEnv in production', () => {
  const complete = {
    NODE_ENV: 'production',
    APP_URL: 'https://book.example.com',
    DATABASE_URL: 'postgresql://slotline:db-password-1@db:5432/slotline',
    REDIS_URL: 'rediss://:redis-password-1@redis:6380',
    PROVIDER_EMAILS: 'claire@example.com',
    FIREBASE_PROJECT_ID: 'slotline-prod',
    FIREBASE_WEB_API_KEY: 'AIza-public-web-key',
    FIREBASE_AUTH_DOMAIN: 'login.example.com',
    GOOGLE_APPLICATION_CREDENTIALS: serviceAccount,
    RESEND_API_KEY: 're_secret_api_key',
    RESEND_WEBHOOK_SECRET: 'whsec_secret_signing_key',
    EMAIL_FROM: 'Claire Martin <bookings@example.com>',
    GOOGLE_CLIENT_ID: 'client-id.apps.googleusercontent.com',
    GOOGLE_CLIENT_SECRET: 'google-client-secret',
    GOOGLE_TOKEN_KEY: Buffer.alloc(32, 7).toString('base64'),
  };
  const without = (...names: string[]) => Object.fromEntries(Object.entries(complete).filter(([name]) => !names.includes(name)));
  const required = [
    'FIREBASE_PROJECT_ID',
    'FIREBASE_WEB_API_KEY',
    'FIREBASE_AUTH_DOMAIN',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'DATABASE_URL',
    'REDIS_URL',
    'PROVIDER_EMAILS',
    'APP_URL',
  ];

  it("needs the project's service account key, readable, of the right kind and project", () => {
    expect(problemsOf({ ...complete, GOOGLE_APPLICATION_CREDENTIALS: '/nowhere/key.json' })).toEqual([
      'GOOGLE_APPLICATION_CREDENTIALS cannot be read as a JSON key file (ENOENT)',
    ]);
    const notAKey = serviceAccount.replace('firebase-service-account.json', 'other.json');
    writeFileSync(notAKey, JSON.stringify({ type: 'authorized_user', client_id: 'x' }));
    expect(problemsOf({ ...complete, GOOGLE_APPLICATION_CREDENTIALS: notAKey })).toEqual([
      'GOOGLE_APPLICATION_CREDENTIALS must be a service account key from the Firebase console (Project settings, Service accounts)',
    ]);
    expect(problemsOf({ ...complete, GOOGLE_APPLICATION_CREDENTIALS: writeServiceAccountKey('another-project') })).toEqual([
      'GOOGLE_APPLICATION_CREDENTIALS is a key of project "another-project", not of FIREBASE_PROJECT_ID "slotline-prod"',
    ]);
  });

  it('lists every missing variable at once', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems.map((problem) => problem.split(' ')[0]).sort()).toEqual([...required].sort());
    for (const problem of problems) expect(problem).toMatch(/is required when NODE_ENV=production \(.+\)$/);
  });

  it('lists missing and malformed variables together', () => {
    const problems = problemsOf({ NODE_ENV: 'production', PORT: 'eighty', DATABASE_URL: 'mysql://db/x', GOOGLE_CLIENT_ID: 'only-the-id' });
    const named = problems.map((problem) => problem.split(' ')[0]);
    expect(named).toEqual(
      expect.arrayContaining(['PORT', 'DATABASE_URL', 'GOOGLE_CLIENT_SECRET', 'GOOGLE_TOKEN_KEY', 'APP_URL', 'REDIS_URL', 'FIREBASE_PROJECT_ID']),
    );
    expect(named.filter((name) => name === 'DATABASE_URL')).toHaveLength(1);
  });

  it('accepts a complete environment', () => {
    const env = loadEnv(complete);
    expect(env).toMatchObject({
      appUrl: 'https://book.example.com',
      authMode: 'firebase',
      firebaseWeb: { apiKey: 'AIza-public-web-key', authDomain: 'login.example.com', projectId: 'slotline-prod' },
      email: { from: 'Claire Martin <bookings@example.com>', webhookSecret: 'whsec_secret_signing_key' },
      google: { clientId: 'client-id.apps.googleusercontent.com' },
    });
  });

  it('needs APP_URL to be an https origin', () => {
    expect(problemsOf({ ...complete, APP_URL: 'http://book.example.com' })).toEqual([
      'APP_URL must be an https URL when NODE_ENV=production (e-mail links and OAuth redirects must not travel in clear)',
    ]);
    for (const appUrl of ['https://book.example.com/app', 'https://book.example.com/?x=1', 'https://user:pw@book.example.com', 'ftp://book.example.com']) {
      expect(problemsOf({ ...complete, APP_URL: appUrl }), appUrl).toEqual([expect.stringMatching(/^APP_URL must be the (origin|public URL) of the app/)]);
    }
    expect(loadEnv({ ...complete, APP_URL: 'https://book.example.com/' }).appUrl).toBe('https://book.example.com');
  });

  it('needs every secret of Resend once one is set', () => {
    expect(problemsOf(without('RESEND_WEBHOOK_SECRET', 'EMAIL_FROM')).map((problem) => problem.split(' ')[0])).toEqual(['RESEND_WEBHOOK_SECRET', 'EMAIL_FROM']);
    expect(problemsOf(without('RESEND_API_KEY'))).toEqual([expect.stringMatching(/^RESEND_API_KEY is required with RESEND_WEBHOOK_SECRET/)]);
    expect(problemsOf({ ...complete, EMAIL_FROM: 'Claire <not an address>' })).toEqual([expect.stringMatching(/^EMAIL_FROM must be an address/)]);
  });

  it('needs all of Google, with a token key of 32 bytes', () => {
    expect(problemsOf(without('GOOGLE_CLIENT_SECRET'))).toEqual([
      'GOOGLE_CLIENT_SECRET is required with the other Google variables: Google Calendar needs all three, or none',
    ]);
    for (const key of [Buffer.alloc(16).toString('base64'), Buffer.alloc(32).toString('hex'), `${Buffer.alloc(32).toString('base64')}==`]) {
      expect(problemsOf({ ...complete, GOOGLE_TOKEN_KEY: key }), key).toEqual([expect.stringMatching(/^GOOGLE_TOKEN_KEY must be 32 random bytes/)]);
    }
  });

  it('accepts the previous Google token key during a rotation, only beside a different new one', () => {
    const previous = Buffer.alloc(32, 9).toString('base64');
    expect(loadEnv({ ...complete, GOOGLE_TOKEN_KEY_PREVIOUS: previous }).google).toMatchObject({ previousTokenKey: previous });
    expect(problemsOf({ ...complete, GOOGLE_TOKEN_KEY_PREVIOUS: complete.GOOGLE_TOKEN_KEY })).toEqual([
      'GOOGLE_TOKEN_KEY_PREVIOUS must be the old key, not the same as GOOGLE_TOKEN_KEY',
    ]);
    expect(problemsOf({ ...complete, GOOGLE_TOKEN_KEY_PREVIOUS: 'short' })).toEqual([
      expect.stringMatching(/^GOOGLE_TOKEN_KEY_PREVIOUS must be 32 random bytes/),
    ]);
    expect(problemsOf({ ...without('GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET', 'GOOGLE_TOKEN_KEY'), GOOGLE_TOKEN_KEY_PREVIOUS: previous })).toEqual([
      'GOOGLE_TOKEN_KEY_PREVIOUS is only read during a rotation, with the new GOOGLE_TOKEN_KEY set',
    ]);
  });

  it('accepts the previous webhook secret only beside the current one', () => {
    expect(loadEnv({ ...complete, RESEND_WEBHOOK_SECRET_PREVIOUS: 'whsec_old_secret' }).email).toMatchObject({ previousWebhookSecret: 'whsec_old_secret' });
    expect(problemsOf({ ...complete, RESEND_WEBHOOK_SECRET_PREVIOUS: 'old_secret' })).toEqual([
      expect.stringMatching(/^RESEND_WEBHOOK_SECRET_PREVIOUS must start with whsec_/),
    ]);
    expect(problemsOf({ RESEND_WEBHOOK_SECRET_PREVIOUS: 'whsec_old_secret' })).toEqual([
      'RESEND_WEBHOOK_SECRET_PREVIOUS is only read while switching webhook secrets, with the new RESEND_WEBHOOK_SECRET set',
    ]);
  });

  it('refuses plain-http stand-ins for the services that receive its secrets', () => {
    const problems = problemsOf({ ...complete, RESEND_BASE_URL: 'http://127.0.0.1:9000', GOOGLE_API_ROOT_URL: 'http://127.0.0.1:9001/' });
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual(['RESEND_BASE_URL', 'GOOGLE_API_ROOT_URL']);
  });

  it('names variables without ever printing their values', () => {
    const secrets = { ...complete, APP_URL: 'http://book.example.com', GOOGLE_TOKEN_KEY: 'too-short-secret-key', RESEND_WEBHOOK_SECRET: 'not-whsec-secret' };
    const message = (() => {
      try {
        loadEnv(secrets);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    for (const name of ['GOOGLE_TOKEN_KEY', 'RESEND_WEBHOOK_SECRET', 'APP_URL']) expect(message).toContain(`  - ${name} `);
    for (const value of ['too-short-secret-key', 'not-whsec-secret', 're_secret_api_key', 'google-client-secret', 'db-password-1', 'redis-password-1']) {
      expect(message).not.toContain(value);
    }
  });
});

describe('loadEnv in development', () => {
  it('needs nothing, and checks no production rule', () => {
    expect(loadEnv({}).appUrl).toBe('http://localhost:4000');
    expect(loadEnv({ NODE_ENV: 'development', APP_URL: 'http://localhost:5173', RESEND_API_KEY: 're_test' })).toMatchObject({
      appUrl: 'http://localhost:5173',
      email: { resendApiKey: 're_test', webhookSecret: undefined, from: 'Slotline <bookings@slotline.localhost>' },
      redisUrl: undefined,
    });
  });
});

describe('METRICS_TOKEN', () => {
  it('is optional: without it there is no /metrics', () => {
    expect(loadEnv({}).metricsToken).toBeUndefined();
  });

  it('must be at least 32 characters, with a message that says so', () => {
    expect(() => loadEnv({ METRICS_TOKEN: 'too-short' })).toThrow(/METRICS_TOKEN must be at least 32 characters/);
    const token = 'a'.repeat(32);
    expect(loadEnv({ METRICS_TOKEN: token }).metricsToken).toBe(token);
  });
});
