import cors from '@fastify/cors';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmetHeaders, { type HelmetOptions } from 'helmet';

export interface SecuritySettings {
  production: boolean;
  /** The public URL of the app; its origin may always call the API. */
  appUrl: string;
  /** Further origins allowed to call the API from a browser (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  /** Firebase sign-in runs in the page: its hosts must be allowed. Null in dev sign-in. */
  firebaseAuthDomain: string | null;
  /** The Firebase Auth emulator the page signs in against (never in production). Null otherwise. */
  firebaseAuthEmulatorUrl: string | null;
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

/**
 * Security headers on every response (helmet) and CORS for an allow-list of origins only.
 * The policy allows exactly what the web app loads: its own files, and Google's sign-in
 * hosts when Firebase is on.
 */
export async function registerSecurityHeaders(app: FastifyInstance, settings: SecuritySettings): Promise<void> {
  // The same options drive both copies of helmet; their type declarations differ only in name.
  await app.register(helmet, helmetOptions(settings) as FastifyHelmetOptions);
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
  const allowed = new Set([new URL(settings.appUrl).origin, ...settings.corsOrigins.map((origin) => new URL(origin).origin)]);
  await app.register(cors, {
    // Tokens travel in the Authorization header, never in cookies: no credentials mode.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'x-graphql-yoga-csrf', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after'],
    maxAge: 600,
  });
}

/**
 * The same headers for the few answers Fastify gives before any hook runs (a URL that
 * cannot be decoded never reaches a route).
 */
export function applySecurityHeadersEarly(settings: SecuritySettings): (request: FastifyRequest, reply: FastifyReply) => void {
  const apply = helmetHeaders(helmetOptions(settings));
  return (request, reply) => {
    apply(request.raw, reply.raw, () => undefined);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  };
}

function helmetOptions(settings: SecuritySettings): HelmetOptions {
  const firebase = settings.firebaseAuthDomain;
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...(firebase ? ['https://apis.google.com'] : [])],
        // React and the calendar set style attributes; no script can run from a style.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', ...(firebase ? ['https://*.googleusercontent.com'] : [])],
        fontSrc: ["'self'", 'data:'],
        connectSrc: [
          "'self'",
          ...(firebase ? ['https://identitytoolkit.googleapis.com', 'https://securetoken.googleapis.com', 'https://www.googleapis.com'] : []),
          ...(settings.firebaseAuthEmulatorUrl ? [settings.firebaseAuthEmulatorUrl] : []),
        ],
        frameSrc: firebase
          ? [`https://${firebase}`, 'https://accounts.google.com', ...(settings.firebaseAuthEmulatorUrl ? [settings.firebaseAuthEmulatorUrl] : [])]
          : ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(settings.production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: settings.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Firebase's sign-in popup talks back to the page that opened it.
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  };
}

/** GraphiQL (development only) loads its bundle from a CDN with inline scripts. */
export const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline' https://unpkg.com; style-src 'self' 'unsafe-inline' https://unpkg.com; img-src 'self' data: https:; font-src 'self' data: https://unpkg.com; connect-src 'self' https://unpkg.com; worker-src blob:; frame-ancestors 'none'";
