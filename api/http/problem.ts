import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/database-errors.js';

/** A refusal that the client caused: a status, a machine-readable code and a sentence for people. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
  503: 'UNAVAILABLE',
};

const MESSAGES: Partial<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is larger than 1 MB.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request as application/json.',
  FST_ERR_BAD_URL: 'The address of the request is malformed.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty.',
};

/**
 * One JSON shape for every refusal, and for every failure of ours: 5xx are logged with the
 * request id and their stack, and the client gets only that id to quote. GraphQL clients
 * get the GraphQL-over-HTTP error shape; everything else `{ error: { code, message } }`.
 */
export function registerProblemReplies(app: FastifyInstance, graphqlPath: string): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    const status = statusOf(error);
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error.message, path: pathOf(request) }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendProblem(request, reply, 503, 'SERVICE_UNAVAILABLE', 'The service is busy or restarting; please try again in a moment.');
    }
    if (status >= 500 && !(error instanceof HttpProblem)) {
      request.log.error({ err: error, path: pathOf(request) }, 'request failed');
      return sendProblem(
        request,
        reply,
        status,
        'INTERNAL_SERVER_ERROR',
        `Something went wrong on our side. Quote request id ${request.id} if you contact us.`,
        true,
      );
    }
    const code = error instanceof HttpProblem ? error.code : (CODES[status] ?? 'BAD_REQUEST');
    const message = error instanceof HttpProblem ? error.message : (MESSAGES[error.code] ?? error.message);
    return sendProblem(request, reply, status, code, message);
  });
  app.decorate('graphqlPath', graphqlPath);
}

/** Every reply carries x-request-id; failures of ours also name it in the body, to be quoted. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string, withRequestId = false): FastifyReply {
  reply.status(status).header('cache-control', 'no-store').type('application/json; charset=utf-8');
  const requestId = withRequestId ? { requestId: request.id } : {};
  return pathOf(request) === request.server.graphqlPath
    ? reply.send({ errors: [{ message, extensions: { code, ...requestId } }] })
    : reply.send({ error: { code, message, ...requestId } });
}

function statusOf(error: { statusCode?: number }): number {
  const status = error.statusCode ?? 500;
  return status >= 400 && status < 600 ? status : 500;
}

/** The path without its query: query strings can carry OAuth codes and GraphQL variables. */
export function pathOf(request: FastifyRequest): string {
  const url = request.url;
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

declare module 'fastify' {
  interface FastifyInstance {
    graphqlPath: string;
  }
}
