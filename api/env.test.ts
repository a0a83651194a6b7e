import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env.js';

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
  });

  it('rejects malformed URLs and e-mail lists with clear messages', () => {
    expect(() => loadEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgresql:\/\//);
    expect(() => loadEnv({ PROVIDER_EMAILS: 'not-an-email' })).toThrow(/PROVIDER_EMAILS/);
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
