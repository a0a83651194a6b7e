import type { ApiKeyViewer } from '../api/auth/api-keys.js';
import type { Authentication, Viewer } from '../api/auth/viewer.js';
import type { Services } from '../api/services.js';

/** The GraphQL context: the same shape for HTTP requests and WebSocket operations. */
export interface Context extends Services {
  viewer: Viewer | null;
  /** Set instead of viewer when a third party calls with an API key. */
  apiKey: ApiKeyViewer | null;
  /** Why a presented credential was refused, for UNAUTHENTICATED messages. */
  authProblem: string | null;
}

/**
 * The GraphQL context for one HTTP request or one WebSocket operation. The caller was
 * verified at the edge (the request's Authorization header, or the socket's
 * connectionParams.authorization), so both transports see the same identity.
 */
export function contextFor(services: Services, auth: Authentication): Context {
  return { ...services, viewer: auth.viewer, apiKey: auth.apiKey, authProblem: auth.problem };
}
