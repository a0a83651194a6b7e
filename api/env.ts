import { z } from 'zod';

const booleanString = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes');

const emailList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email({ message: 'must be a comma-separated list of e-mail addresses' })));

// How many proxies in front of us append to X-Forwarded-For; "true" means one (a single load balancer).
const trustProxyHops = z.preprocess(
  (value) => (value === 'true' || value === 'yes' ? 1 : value === 'false' || value === 'no' ? 0 : value),
  z.coerce.number({ message: 'must be the number of proxies in front of the server (0 for none)' }).int().min(0).max(10),
);

const originList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/, message: 'must be a comma-separated list of origins like https://www.example.com' })));

const postgresUrl = z
  .url({ message: 'must be a URL like postgresql://user:password@host:5432/database' })
  .refine((url) => /^postgres(ql)?:\/\//.test(url), 'must start with postgresql://');

const redisUrl = z
  .url({ message: 'must be a URL like redis://localhost:6379' })
  .refine((url) => /^rediss?:\/\//.test(url), 'must start with redis:// or rediss://');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATA_DIR: z.string().min(1).default('./.data'),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    REDIS_URL: redisUrl.optional(),
    REDIS_CHANNEL_PREFIX: z
      .string()
      .regex(/^[\w:.-]*$/, 'may hold letters, digits and : . _ - only')
      .default('slotline:'),
    AUTH_MODE: z.enum(['dev', 'firebase']).optional(),
    FIREBASE_PROJECT_ID: z.string().min(1).optional(),
    // Read by firebase-admin itself; validated here so that production can refuse it.
    FIREBASE_AUTH_EMULATOR_HOST: z.string().min(1).optional(),
    DEV_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    PROVIDER_EMAILS: emailList.optional(),
    SEED_DEMO_DATA: booleanString.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPHIQL: booleanString.optional(),
    GRAPHQL_INTROSPECTION: booleanString.optional(),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    TRUST_PROXY: trustProxyHops.default(0),
    CORS_ORIGINS: originList.optional(),
    GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(100).default(20_000),
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).default(20),
    WS_MAX_SUBSCRIPTIONS_PER_ADDRESS: z.coerce.number().int().min(1).default(200),
    WS_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    SLOT_EVENT_LOOKBACK_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
    SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    WEB_ROOT: z.string().min(1).default('./web/dist'),
    APP_URL: z.url({ message: 'must be the public URL of the app, e.g. https://book.example.com' }).optional(),
    WORKER: z.enum(['inline', 'off']).default('inline'),
    JOB_LOCK_LIFETIME_MS: z.coerce.number().int().min(1_000).default(60_000),
    RESEND_API_KEY: z.string().min(1).optional(),
    RESEND_BASE_URL: z.url().optional(),
    RESEND_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_ (from the Resend dashboard)').optional(),
    RESEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    EMAIL_FROM: z.string().min(3).default('Slotline <bookings@slotline.localhost>'),
    JOB_RETRY_BASE_MS: z.coerce.number().int().min(10).default(5_000),
    JOB_POLL_MS: z.coerce.number().int().min(100).default(5_000),
    NOTIFICATION_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
    NOTIFICATION_CLAIM_MS: z.coerce.number().int().min(500).default(120_000),
    NOTIFICATION_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(6),
    NOTIFICATION_SLICE_MS: z.coerce.number().int().min(500).default(30_000),
    NOTIFICATION_BREAKER_THRESHOLD: z.coerce.number().int().min(1).max(1_000).default(5),
    NOTIFICATION_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(100).default(30_000),
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    GOOGLE_TOKEN_KEY: z
      .string()
      .refine((key) => Buffer.from(key, 'base64').length === 32, 'must be 32 random bytes, base64 (openssl rand -base64 32)')
      .optional(),
    GOOGLE_OAUTH_BASE_URL: z.url().optional(),
    GOOGLE_API_ROOT_URL: z.url().optional(),
    GOOGLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    FIREBASE_WEB_API_KEY: z.string().min(1).optional(),
    FIREBASE_AUTH_DOMAIN: z.string().min(1).optional(),
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32); unset, /metrics does not exist').optional(),
  })
  .transform((raw, ctx) => {
    const production = raw.NODE_ENV === 'production';
    const authMode = raw.AUTH_MODE ?? (production || raw.FIREBASE_PROJECT_ID ? 'firebase' : 'dev');
    if (authMode === 'dev' && production) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_MODE'],
        message: 'AUTH_MODE=dev mints its own sign-in tokens and is refused when NODE_ENV=production',
      });
    }
    if (production && raw.FIREBASE_AUTH_EMULATOR_HOST) {
      ctx.addIssue({
        code: 'custom',
        path: ['FIREBASE_AUTH_EMULATOR_HOST'],
        message: 'makes firebase-admin accept unsigned sign-in tokens and is refused when NODE_ENV=production; unset it',
      });
    }
    if (authMode === 'firebase' && !raw.FIREBASE_PROJECT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['FIREBASE_PROJECT_ID'],
        message: 'is required when AUTH_MODE=firebase (the Firebase project that issues ID tokens)',
      });
    }
    if (authMode === 'firebase' && !raw.FIREBASE_WEB_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['FIREBASE_WEB_API_KEY'],
        message: "is required when AUTH_MODE=firebase (the web app's Firebase API key, from the Firebase console)",
      });
    }
    const googleVariables = [raw.GOOGLE_CLIENT_ID, raw.GOOGLE_CLIENT_SECRET, raw.GOOGLE_TOKEN_KEY];
    if (googleVariables.some(Boolean) && !googleVariables.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['GOOGLE_CLIENT_ID'],
        message: 'GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and GOOGLE_TOKEN_KEY go together: set all three or none',
      });
    }
    if (production && raw.RESEND_API_KEY && !raw.RESEND_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['RESEND_WEBHOOK_SECRET'],
        message: 'is required with RESEND_API_KEY in production, so that bounces are recorded',
      });
    }
    if (production && !raw.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required when NODE_ENV=production (the embedded database is for development)',
      });
    }
    if (production && !raw.PROVIDER_EMAILS?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['PROVIDER_EMAILS'],
        message: 'is required when NODE_ENV=production (who may manage availability and appointments)',
      });
    }
    return {
      nodeEnv: raw.NODE_ENV,
      port: raw.PORT,
      host: raw.HOST,
      databaseUrl: raw.DATABASE_URL,
      databasePoolSize: raw.DATABASE_POOL_SIZE,
      dataDir: raw.DATA_DIR,
      embeddedPostgresPort: raw.EMBEDDED_POSTGRES_PORT,
      redisUrl: raw.REDIS_URL,
      redisChannelPrefix: raw.REDIS_CHANNEL_PREFIX,
      authMode,
      firebaseProjectId: raw.FIREBASE_PROJECT_ID,
      devTokenSecret: raw.DEV_TOKEN_SECRET,
      providerEmails: raw.PROVIDER_EMAILS ?? (production ? [] : ['provider@example.com']),
      seedDemoData: raw.SEED_DEMO_DATA ?? !production,
      logLevel: raw.LOG_LEVEL,
      graphiql: raw.GRAPHIQL ?? !production,
      introspection: raw.GRAPHQL_INTROSPECTION ?? !production,
      rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE,
      trustProxyHops: raw.TRUST_PROXY,
      corsOrigins: raw.CORS_ORIGINS ?? [],
      graphqlMaxComplexity: raw.GRAPHQL_MAX_COMPLEXITY,
      webSocketLimits: {
        subscriptionsPerConnection: raw.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
        subscriptionsPerAddress: raw.WS_MAX_SUBSCRIPTIONS_PER_ADDRESS,
        connectionsPerAddress: raw.WS_MAX_CONNECTIONS_PER_ADDRESS,
      },
      shutdownGraceMs: raw.SHUTDOWN_GRACE_MS,
      shutdownDelayMs: raw.SHUTDOWN_DELAY_MS,
      slotEventLookbackMs: raw.SLOT_EVENT_LOOKBACK_MS,
      webRoot: raw.WEB_ROOT,
      appUrl: (raw.APP_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ''),
      worker: raw.WORKER,
      jobLockLifetimeMs: raw.JOB_LOCK_LIFETIME_MS,
      jobRetryBaseMs: raw.JOB_RETRY_BASE_MS,
      jobPollMs: raw.JOB_POLL_MS,
      email: {
        resendApiKey: raw.RESEND_API_KEY,
        resendBaseUrl: raw.RESEND_BASE_URL,
        timeoutMs: raw.RESEND_TIMEOUT_MS,
        webhookSecret: raw.RESEND_WEBHOOK_SECRET,
        from: raw.EMAIL_FROM,
        retryBaseMs: raw.NOTIFICATION_RETRY_BASE_MS,
        claimMs: raw.NOTIFICATION_CLAIM_MS,
        concurrency: raw.NOTIFICATION_CONCURRENCY,
        sliceMs: raw.NOTIFICATION_SLICE_MS,
        breakerThreshold: raw.NOTIFICATION_BREAKER_THRESHOLD,
        breakerCooldownMs: raw.NOTIFICATION_BREAKER_COOLDOWN_MS,
      },
      google:
        raw.GOOGLE_CLIENT_ID && raw.GOOGLE_CLIENT_SECRET && raw.GOOGLE_TOKEN_KEY
          ? {
              clientId: raw.GOOGLE_CLIENT_ID,
              clientSecret: raw.GOOGLE_CLIENT_SECRET,
              tokenKey: raw.GOOGLE_TOKEN_KEY,
              oauthBaseUrl: raw.GOOGLE_OAUTH_BASE_URL,
              apiRootUrl: raw.GOOGLE_API_ROOT_URL,
              timeoutMs: raw.GOOGLE_TIMEOUT_MS,
            }
          : null,
      /** Bearer token Prometheus presents on /metrics; without it there is no /metrics. */
      metricsToken: raw.METRICS_TOKEN,
      firebaseWeb:
        authMode === 'firebase'
          ? {
              apiKey: raw.FIREBASE_WEB_API_KEY ?? '',
              authDomain: raw.FIREBASE_AUTH_DOMAIN ?? `${raw.FIREBASE_PROJECT_ID}.firebaseapp.com`,
              projectId: raw.FIREBASE_PROJECT_ID ?? '',
            }
          : null,
    };
  });

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses and validates the environment; throws EnvError listing every bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const withoutBlanks = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(withoutBlanks);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`));
}
