import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers for paths outside the API until the web client is built. */
export function serveApiIndex(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Slotline API: GraphQL at /graphql, health at /healthz and /readyz.\n');
}
