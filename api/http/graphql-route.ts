import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppYoga } from '../yoga.js';
import { authOf } from './request-auth.js';
import { GRAPHIQL_CSP } from './security-headers.js';
import type { WebSocketHandler } from '../ws.js';

/**
 * GraphQL over HTTP (GET and POST) and over WebSocket on one path, as Yoga's Fastify
 * integration does it: Yoga answers with a fetch Response that goes out through Fastify's
 * reply, so headers, compression and limits apply to it like to every other response.
 */
export function registerGraphqlRoute(app: FastifyInstance, yoga: AppYoga, webSocket: WebSocketHandler): void {
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const response = await yoga.handleNodeRequestAndResponse(request, reply, { auth: authOf(request) });
    response.headers.forEach((value, key) => void reply.header(key, value));
    reply.status(response.status);
    const type = response.headers.get('content-type') ?? '';
    if (type.startsWith('text/html')) reply.header('content-security-policy', GRAPHIQL_CSP);
    // Streams (subscriptions over SSE, incremental delivery) pass through; the rest is one body.
    if (type.startsWith('text/event-stream') || type.startsWith('multipart/')) return reply.send(response.body);
    return reply.send(await response.text());
  };
  const config = { authenticate: true, limited: true };
  app.route({ method: 'GET', url: yoga.graphqlEndpoint, config, handler, wsHandler: webSocket });
  app.route({ method: 'POST', url: yoga.graphqlEndpoint, config, handler });
}
