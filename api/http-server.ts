import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { PrismaClient } from './db/prisma.js';
import { rateLimitKey } from './rate-limit/rate-limit-key.js';
import type { RateLimiter } from './rate-limit/rate-limiter.js';
import type { AppYoga } from './yoga.js';

const MAX_BODY_BYTES = 1024 * 1024;

/** The HTTP entry point: health probes, GraphQL, and the web client. */
type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export function createHttpServer(options: {
  yoga: AppYoga;
  prisma: PrismaClient;
  /** Further routes by exact path, e.g. webhooks and OAuth callbacks. */
  routes: Record<string, Handler>;
  serveWeb: Handler;
  rateLimit: { limiter: RateLimiter; trustProxy: boolean } | null;
}) {
  return createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (path === '/readyz') return void checkDatabase(options.prisma, response);
    if (path === options.yoga.graphqlEndpoint) {
      if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
        return sendJson(response, 413, { errors: [{ message: 'The request body is larger than 1 MB.' }] });
      }
      if (!options.rateLimit) return void options.yoga(request, response);
      return void limitThenServe(options.rateLimit, request, response, () => options.yoga(request, response));
    }
    const route = options.routes[path ?? ''];
    if (route) {
      void Promise.resolve(route(request, response)).catch(() => {
        if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
      });
      return;
    }
    void options.serveWeb(request, response);
  });
}

/** Standard RateLimit-* headers on every answer; 429 with a RATE_LIMITED error past the limit. */
async function limitThenServe(
  rateLimit: { limiter: RateLimiter; trustProxy: boolean },
  request: IncomingMessage,
  response: ServerResponse,
  serve: () => unknown,
): Promise<void> {
  let decision;
  try {
    decision = await rateLimit.limiter.hit(rateLimitKey(request, rateLimit.trustProxy));
  } catch {
    // The limiter's store being unreachable must not take the API down with it.
    return void serve();
  }
  response.setHeader('RateLimit-Limit', String(decision.limit));
  response.setHeader('RateLimit-Remaining', String(decision.remaining));
  response.setHeader('RateLimit-Reset', String(decision.resetSeconds));
  if (decision.allowed) return void serve();
  response.setHeader('Retry-After', String(decision.resetSeconds));
  sendJson(response, 429, {
    errors: [
      {
        message: `Too many requests: at most ${decision.limit} a minute. Try again in ${decision.resetSeconds} s.`,
        extensions: { code: 'RATE_LIMITED' },
      },
    ],
  });
}

async function checkDatabase(prisma: PrismaClient, response: ServerResponse): Promise<void> {
  try {
    await Promise.race([
      prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('database check timed out')), 2_000)),
    ]);
    sendJson(response, 200, { status: 'ready' });
  } catch {
    sendJson(response, 503, { status: 'database unreachable' });
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}
