import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Metrics } from '../metrics/metrics.js';
import { HttpProblem } from './problem.js';

/**
 * GET /metrics for Prometheus, behind `Authorization: Bearer <METRICS_TOKEN>`. Without a
 * token configured it answers like an address where nothing is. Every request counts against
 * the caller's address (a scrape every 15 s is a small part of a budget), so guessing tokens
 * runs into the rate limit like any refused credential.
 */
export function registerMetricsRoute(app: FastifyInstance, deps: { metrics: Metrics | null; token: string | undefined }): void {
  const { metrics, token } = deps;
  app.get('/metrics', { config: { limited: true } }, async (request, reply) => {
    if (!metrics || !token) throw new HttpProblem(404, 'NOT_FOUND', 'There is nothing at this address.');
    if (!presents(request, token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new HttpProblem(401, 'UNAUTHENTICATED', 'The metrics need the bearer token configured as METRICS_TOKEN.');
    }
    const text = await metrics.registry.metrics();
    return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(text);
  });
}

function presents(request: FastifyRequest, token: string): boolean {
  const match = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '');
  if (!match) return false;
  // Digests have equal lengths, so the comparison takes the same time whatever was sent.
  return timingSafeEqual(digest(match[1]!), digest(token));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
