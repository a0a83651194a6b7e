import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

// Tests read responses loosely, as the JSON they are.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  data?: Data;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Sends one GraphQL request over real HTTP. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function graphql<Data = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...body };
}

/** A graphql-ws client over a real WebSocket. */
export function wsClient(url: string, authorization?: string): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: false,
  });
}

/** Collects the events of one subscription until `stop` is called. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const events: T[] = [];
  const errors: unknown[] = [];
  let notify: (() => void) | null = null;
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) events.push(value.data);
        notify?.();
      },
      error: (error) => {
        errors.push(error);
        notify?.();
      },
      complete: () => {},
    },
  );
  return {
    events,
    errors,
    stop,
    /** Resolves once `predicate` holds for the events so far, or rejects after `timeoutMs`. */
    async until(predicate: (events: T[]) => boolean, timeoutMs = 5_000): Promise<T[]> {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(events)) {
        if (errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`timed out waiting; got ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          notify = resolve;
          setTimeout(resolve, Math.min(left, 100));
        });
      }
      return events;
    },
  };
}
