import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type NodeHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Runs a plain Node handler (a browser redirect endpoint) inside Fastify, keeping the
 * headers the edge already set (security headers, request id). Its failures reach
 * Fastify's error handler like any other route's.
 */
export function nodeRoute(handler: NodeHandler) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
    reply.hijack();
    try {
      await handler(request.raw, reply.raw);
    } catch (error) {
      request.log.error({ err: error }, 'request failed');
      if (!reply.raw.headersSent) {
        reply.raw.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        reply.raw.end(
          JSON.stringify({
            error: {
              code: 'INTERNAL_SERVER_ERROR',
              message: `Something went wrong on our side. Quote request id ${request.id} if you contact us.`,
              requestId: request.id,
            },
          }),
        );
      } else reply.raw.destroy();
    }
  };
}
