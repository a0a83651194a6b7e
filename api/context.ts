import type { Authentication } from './auth/viewer.js';
import type { Context, Services } from '../schema/context.js';

/**
 * The GraphQL context for one HTTP request or one WebSocket operation. The caller was
 * verified at the edge (the request's Authorization header, or the socket's
 * connectionParams.authorization), so both transports see the same identity.
 */
export function contextFor(services: Services, auth: Authentication): Context {
  return { ...services, viewer: auth.viewer, apiKey: auth.apiKey, authProblem: auth.problem };
}
