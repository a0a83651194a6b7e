import { readFileSync } from 'node:fs';
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

function isOrigin(url: string) {
  const parsed = new URL(url);
  return parsed.pathname === '/' && !parsed.search && !parsed.hash && !parsed.username && !parsed.password && !/[?#]$/.test(url);
}

const redisUrl = z
  .url({ message: 'must be a URL like redis://localhost:6379' })
  .refine((url) => /^rediss?:\/\//.test(url), 'must start with redis:// or rediss://');

/** Every variable the server and the worker read; `.env.example` documents exactly these (a test holds them together). */
/** A service account key file: readable JSON with what Google's token exchange needs. */
const serviceAccountFile = z.string().transform((path, ctx) => {
  let key: Record<string, unknown>;
  try {
    key = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `cannot be read as a JSON key file (${(error as NodeJS.ErrnoException).code ?? 'not JSON'})` });
    return z.NEVER;
  }
  const fields = ['client_email', 'private_key', 'project_id'].filter((field) => typeof key[field] !== 'string');
  if (key.type !== 'service_account' || fields.length > 0) {
    ctx.addIssue({ code: 'custom', message: 'must be a service account key from the Firebase console (Project settings, Service accounts)' });
    return z.NEVER;
  }
  return { path, projectId: key.project_id as string };
});

export const envVariables = z.object({
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
  // Read by firebase-admin itself (Google's application default credentials).
  GOOGLE_APPLICATION_CREDENTIALS: serviceAccountFile.optional(),
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
  APP_URL: z
    .url({ protocol: /^https?$/, message: 'must be the public URL of the app, e.g. https://book.example.com' })
    .refine(isOrigin, 'must be the origin of the app alone, e.g. https://book.example.com: no path, query, fragment or credentials')
    .optional(),
  WORKER: z.enum(['inline', 'off']).default('inline'),
  JOB_LOCK_LIFETIME_MS: z.coerce.number().int().min(1_000).default(60_000),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  RESEND_WEBHOOK_SECRET: z.string().startsWith('whsec_', 'must start with whsec_ (from the Resend dashboard)').optional(),
  RESEND_WEBHOOK_SECRET_PREVIOUS: z.string().startsWith('whsec_', 'must start with whsec_ (the signing secret being replaced)').optional(),
  RESEND_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  EMAIL_FROM: z
    .string()
    .refine(
      (value) => z.email().safeParse(/^[^<>]*<([^<>]+)>$/.exec(value.trim())?.[1] ?? value.trim()).success,
      'must be an address, alone or as Name <address>, e.g. Slotline <bookings@example.com>',
    )
    .optional(),
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
    .refine((key) => /^[A-Za-z0-9+/]{43}=?$/.test(key), 'must be 32 random bytes, base64 (openssl rand -base64 32)')
    .optional(),
  GOOGLE_TOKEN_KEY_PREVIOUS: z
    .string()
    .refine((key) => /^[A-Za-z0-9+/]{43}=?$/.test(key), 'must be 32 random bytes, base64 (the GOOGLE_TOKEN_KEY being rotated out)')
    .optional(),
  GOOGLE_OAUTH_BASE_URL: z.url().optional(),
  GOOGLE_API_ROOT_URL: z.url().optional(),
  GOOGLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  FIREBASE_WEB_API_KEY: z.string().min(1).optional(),
  FIREBASE_AUTH_DOMAIN: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a host name without https://, e.g. slotline-prod.firebaseapp.com')
    .optional(),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32); unset, /metrics does not exist').optional(),
});

type RawEnv = z.output<typeof envVariables>;

function authModeOf(raw: RawEnv) {
  return raw.AUTH_MODE ?? (raw.NODE_ENV === 'production' || raw.FIREBASE_PROJECT_ID ? 'firebase' : 'dev');
}

// Why production cannot start without each of these; development gets working defaults instead.
const requiredInProduction: Partial<Record<keyof RawEnv, string>> = {
  FIREBASE_PROJECT_ID: 'the Firebase project that issues sign-in tokens',
  FIREBASE_WEB_API_KEY: "the web app's Firebase API key, from the Firebase console",
  FIREBASE_AUTH_DOMAIN: "the web app's Firebase auth domain, e.g. <project>.firebaseapp.com or your own",
  DATABASE_URL: 'the embedded database is for development',
  // Without Redis every instance and worker would count rate limits and announce slot changes alone.
  REDIS_URL: 'API instances and workers share live updates and rate limits through it',
  PROVIDER_EMAILS: 'who may manage availability and appointments',
  // The provider's sign-ins are checked for revocation at Google, which takes the project's credentials.
  GOOGLE_APPLICATION_CREDENTIALS: "the path of a Firebase service account key (JSON): the provider's sign-ins are checked with it",
  APP_URL: 'the public https URL used in e-mail links, CORS and the Google OAuth redirect',
};

/** Rules across variables. Runs even when a single variable failed, so that one message lists every problem. */
function checkCombinations(raw: RawEnv, ctx: z.RefinementCtx) {
  const problem = (path: keyof RawEnv, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const production = raw.NODE_ENV === 'production';
  const authMode = authModeOf(raw);
  if (production) {
    for (const [name, why] of Object.entries(requiredInProduction) as [keyof RawEnv, string][]) {
      const value = raw[name];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) problem(name, `is required when NODE_ENV=production (${why})`);
    }
    const account = raw.GOOGLE_APPLICATION_CREDENTIALS;
    // A key that could not be read is reported already (and arrives here as the path).
    if (typeof account?.projectId === 'string' && raw.FIREBASE_PROJECT_ID && account.projectId !== raw.FIREBASE_PROJECT_ID) {
      problem('GOOGLE_APPLICATION_CREDENTIALS', `is a key of project "${account.projectId}", not of FIREBASE_PROJECT_ID "${raw.FIREBASE_PROJECT_ID}"`);
    }
    if (authMode === 'dev') problem('AUTH_MODE', 'AUTH_MODE=dev mints its own sign-in tokens and is refused when NODE_ENV=production');
    if (raw.FIREBASE_AUTH_EMULATOR_HOST) {
      problem('FIREBASE_AUTH_EMULATOR_HOST', 'makes firebase-admin accept unsigned sign-in tokens and is refused when NODE_ENV=production; unset it');
    }
    if (typeof raw.APP_URL === 'string' && URL.canParse(raw.APP_URL) && new URL(raw.APP_URL).protocol === 'http:') {
      problem('APP_URL', 'must be an https URL when NODE_ENV=production (e-mail links and OAuth redirects must not travel in clear)');
    }
    // These endpoints receive API keys and tokens: only a real, encrypted service may stand in.
    for (const name of ['RESEND_BASE_URL', 'GOOGLE_OAUTH_BASE_URL', 'GOOGLE_API_ROOT_URL'] as const) {
      const value = raw[name];
      if (typeof value === 'string' && !value.startsWith('https://')) problem(name, 'must be an https URL when NODE_ENV=production');
    }
    if (raw.RESEND_API_KEY || raw.RESEND_WEBHOOK_SECRET) {
      if (!raw.RESEND_API_KEY) problem('RESEND_API_KEY', 'is required with RESEND_WEBHOOK_SECRET in production (the Resend API key that sends e-mail)');
      if (!raw.RESEND_WEBHOOK_SECRET) problem('RESEND_WEBHOOK_SECRET', 'is required with RESEND_API_KEY in production, so that bounces are recorded');
      if (!raw.EMAIL_FROM) problem('EMAIL_FROM', 'is required with RESEND_API_KEY in production (a sender on a domain verified in Resend)');
    }
  } else if (authMode === 'firebase') {
    if (!raw.FIREBASE_PROJECT_ID) problem('FIREBASE_PROJECT_ID', 'is required when AUTH_MODE=firebase (the Firebase project that issues ID tokens)');
    if (!raw.FIREBASE_WEB_API_KEY) {
      problem('FIREBASE_WEB_API_KEY', "is required when AUTH_MODE=firebase (the web app's Firebase API key, from the Firebase console)");
    }
  }
  const google = ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET', 'GOOGLE_TOKEN_KEY'] as const;
  if (google.some((name) => raw[name] !== undefined)) {
    for (const name of google) {
      if (raw[name] === undefined) problem(name, 'is required with the other Google variables: Google Calendar needs all three, or none');
    }
  }
  if (raw.RESEND_WEBHOOK_SECRET_PREVIOUS !== undefined && raw.RESEND_WEBHOOK_SECRET === undefined) {
    problem('RESEND_WEBHOOK_SECRET_PREVIOUS', 'is only read while switching webhook secrets, with the new RESEND_WEBHOOK_SECRET set');
  }
  if (raw.GOOGLE_TOKEN_KEY_PREVIOUS !== undefined) {
    if (raw.GOOGLE_TOKEN_KEY === undefined) problem('GOOGLE_TOKEN_KEY_PREVIOUS', 'is only read during a rotation, with the new GOOGLE_TOKEN_KEY set');
    else if (raw.GOOGLE_TOKEN_KEY_PREVIOUS === raw.GOOGLE_TOKEN_KEY)
      problem('GOOGLE_TOKEN_KEY_PREVIOUS', 'must be the old key, not the same as GOOGLE_TOKEN_KEY');
  }
}

const envSchema = envVariables.superRefine(checkCombinations, { when: () => true }).transform((raw) => {
  const production = raw.NODE_ENV === 'production';
  const authMode = authModeOf(raw);
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
      /** Also accepted while the webhook's secret is being switched. */
      previousWebhookSecret: raw.RESEND_WEBHOOK_SECRET_PREVIOUS,
      from: raw.EMAIL_FROM ?? 'Slotline <bookings@slotline.localhost>',
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
            previousTokenKey: raw.GOOGLE_TOKEN_KEY_PREVIOUS,
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
            // Only outside production (checkCombinations refuses the variable there): the browser then signs in
            // against the same Auth emulator that firebase-admin trusts.
            authEmulatorUrl: raw.FIREBASE_AUTH_EMULATOR_HOST ? `http://${raw.FIREBASE_AUTH_EMULATOR_HOST}` : null,
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
