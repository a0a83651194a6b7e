import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Authentication, Authenticator } from '../auth/viewer.js';
import { HttpProblem } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, verified once; set on routes whose config says `authenticate`. */
    auth: Authentication | null;
  }
  interface FastifyContextConfig {
    authenticate?: boolean;
  }
}

const ANONYMOUS: Authentication = { viewer: null, apiKey: null, problem: null };

/**
 * Verifies the credential of every request to an authenticated route before anything
 * else runs, so that limits count verified identities, not whatever a client writes in a
 * header. A refused credential is answered 401 after the rate limit has counted it
 * against the caller's address.
 */
export function registerRequestAuth(app: FastifyInstance, authenticator: Authenticator): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.routeOptions.config.authenticate) return;
    request.auth = await authenticator.authenticate(request.headers.authorization);
  });
  app.addHook('preHandler', async (request, reply) => {
    const problem = request.auth?.problem;
    if (!problem) return;
    reply.header('www-authenticate', 'Bearer error="invalid_token"');
    throw new HttpProblem(401, 'UNAUTHENTICATED', problem);
  });
}

/** The authentication of a request, anonymous where none was presented. */
export function authOf(request: FastifyRequest): Authentication {
  return request.auth ?? ANONYMOUS;
}

/**
 * Whom a request counts against: the verified user or API key, else the client address
 * (as Fastify resolved it through the trusted proxies). A refused credential counts
 * against the address, so inventing tokens buys nothing.
 */
export function limitKeyOf(request: FastifyRequest): string {
  const { viewer, apiKey } = authOf(request);
  if (viewer) return `user:${viewer.user.id}`;
  if (apiKey) return `key:${apiKey.id}`;
  // One IPv6 /64 is one subscriber: counting single addresses there would count nothing.
  return `ip:${normalizeIP(request.ip, 64)}`;
}
