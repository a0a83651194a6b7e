import type { Context, Services } from '../schema/context.js';

/**
 * Builds the GraphQL context for one HTTP request or one WebSocket operation: both are
 * authenticated the same way, from the Authorization header or from
 * connectionParams.authorization.
 */
export async function createContext(services: Services, authorization: unknown): Promise<Context> {
  const header = typeof authorization === 'string' ? authorization : null;
  const { viewer, apiKey, problem } = await services.authenticator.authenticate(header);
  return { ...services, viewer, apiKey, authProblem: problem };
}

/** The Authorization value of an HTTP request or of graphql-ws connectionParams. */
export function authorizationOf(initial: {
  request?: Request;
  connectionParams?: Readonly<Record<string, unknown>>;
}): unknown {
  if (initial.connectionParams) {
    return initial.connectionParams.authorization ?? initial.connectionParams.Authorization;
  }
  return initial.request?.headers.get('authorization') ?? null;
}
