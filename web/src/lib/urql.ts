import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { normalizedCache } from './graphcache';
import { session } from './session';

const reconnectListeners = new Set<() => void>();

/** Called after the live connection comes back: events sent meanwhile were lost. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** The server refused the stored token (expired, revoked): the visitor is signed out. */
const SIGNED_OUT = { token: null, user: null };
const WS_UNAUTHENTICATED = 4401;

const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

export const wsClient = createWsClient({
  url: wsUrl,
  lazy: true,
  retryAttempts: Infinity,
  retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000))),
  // Asked again on every (re)connection: a socket that comes back after an hour carries a renewed token.
  connectionParams: async () => {
    const token = await session.freshToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  on: {
    closed: (event) => {
      if ((event as CloseEvent).code === WS_UNAUTHENTICATED && session.token()) session.set(SIGNED_OUT);
    },
    connected: (_socket, _payload, wasRetry) => {
      if (wasRetry) for (const listener of reconnectListeners) listener();
    },
  },
});

/**
 * fetch with the freshest token. When the server refuses it anyway (it expired on the way, or the
 * browser's clock is off) and the token can be renewed, it is renewed once and the request sent again.
 */
async function authorizedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = (token: string | null) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const token = await session.freshToken();
  const response = await send(token);
  if (response.status !== 401 || !token || !session.renewsTokens()) return response;
  const renewed = await session.freshToken(true);
  return renewed && renewed !== token ? send(renewed) : response;
}

/**
 * A GraphQL client with an empty normalized cache. The app makes one per signed-in person
 * (see app/graphql-provider.tsx), so nothing one account loaded is ever shown to the next.
 */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError: (error) => {
          if ((error.response as Response | undefined)?.status === 401 && session.token()) session.set(SIGNED_OUT);
        },
      }),
      normalizedCache(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: wsClient.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
    fetch: authorizedFetch,
  });
}
