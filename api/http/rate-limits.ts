import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from '../logger.js';
import { connectRedis } from '../redis-connection.js';
import { HttpProblem } from './problem.js';
import { limitKeyOf } from './request-auth.js';

export interface RateLimitSettings {
  perMinute: number;
  redisUrl: string | undefined;
  prefix: string;
}

/** Counts one request or WebSocket operation against its caller; throws 429 past the budget. */
export type CountRequest = (request: FastifyRequest) => Promise<void>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Counted against the caller's per-minute budget. */
    limited?: boolean;
  }
}

/**
 * Per-minute budgets per verified identity (else per address), counted in Redis when there
 * is one so that every instance shares them. Routes opt in with `config.limited`; the
 * WebSocket server counts connection_init and every operation through `count`. While the
 * store is unreachable requests pass, and the outage is logged.
 */
export async function registerRateLimits(
  app: FastifyInstance,
  settings: RateLimitSettings,
  logger: Logger,
): Promise<{ count: CountRequest; close: () => Promise<void> }> {
  // No offline queue and one try: while Redis is away a request must not wait for it.
  const redis = settings.redisUrl ? await connectRedis(settings.redisUrl, 'rate limits', logger, { maxRetriesPerRequest: 1, enableOfflineQueue: false }) : null;
  await app.register(rateLimit, {
    // One budget per caller across every limited route and the WebSocket: per-route
    // settings would give each route (and GET and POST) a store of its own.
    global: true,
    allowList: (request) => request.routeOptions.config.limited !== true,
    max: settings.perMinute,
    timeWindow: 60_000,
    keyGenerator: limitKeyOf,
    redis: redis ?? undefined,
    nameSpace: `${settings.prefix}ratelimit:`,
    skipOnError: true,
    enableDraftSpec: true,
    errorResponseBuilder: (_request, context) => tooManyRequests(context.max, context.ttl),
  });
  const check = app.createRateLimit();
  return {
    count: async (request) => {
      const limit = await check(request);
      if (!limit.isAllowed && limit.isExceeded) {
        throw tooManyRequests(limit.max, limit.ttl);
      }
    },
    close: async () => {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}

/** The same refusal for HTTP routes and WebSocket operations. */
function tooManyRequests(max: number, ttlMs: number): HttpProblem {
  return new HttpProblem(429, 'RATE_LIMITED', `Too many requests: at most ${max} a minute. Try again in ${Math.ceil(ttlMs / 1000)} s.`);
}
