import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { session } from './session';

const reconnectListeners = new Set<() => void>();

/** Called after the live connection comes back: events sent meanwhile were lost, refetch. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

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
    connected: (_socket, _payload, wasRetry) => {
      if (wasRetry) for (const listener of reconnectListeners) listener();
    },
  },
});

/** The one GraphQL client of the app. */
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  exchanges: [
    cacheExchange,
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
