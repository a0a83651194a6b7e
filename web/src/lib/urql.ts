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
  connectionParams: () => {
    const token = session.token();
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
    fetchOptions: () => {
      const token = session.token();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
