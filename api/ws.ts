import type { WebsocketHandler } from '@fastify/websocket';
import type { FastifyRequest } from 'fastify';
import { GraphQLError, OperationTypeNode, getOperationAST, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import { makeHandler } from 'graphql-ws/use/@fastify/websocket';
import type { Authenticator } from './auth/viewer.js';
import { HttpProblem } from './http/problem.js';
import { authOf } from './http/request-auth.js';
import type { CountRequest } from './http/rate-limits.js';
import type { Logger } from './logger.js';
import type { WebSocketStats } from './metrics/runtime-collectors.js';
import type { AppYoga } from './yoga.js';

export type WebSocketHandler = WebsocketHandler;

export interface WebSocketLimits {
  subscriptionsPerConnection: number;
  subscriptionsPerAddress: number;
  connectionsPerAddress: number;
}

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

/** What Yoga's envelop hands one operation (its published types leave the schema and parse `any`). */
interface Enveloped extends EnvelopedRoot {
  schema: GraphQLSchema;
  parse: (source: string) => DocumentNode;
  validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
  contextFactory: () => unknown;
}

type Extra = { request: FastifyRequest };

/** Policy violation: the socket broke a limit (RFC 6455, 1008). */
const POLICY_VIOLATION = 1008;
const UNAUTHENTICATED = 4401;
const TOO_MANY_REQUESTS = 4429;

/**
 * GraphQL over WebSocket (graphql-transport-ws) on the GraphQL path. connection_init is
 * authenticated like an HTTP request and counted against the same budget; so is every
 * operation. Each operation runs through Yoga's envelop (limits, introspection rule,
 * masking, context), exactly as over HTTP. Sockets and subscriptions are capped per
 * connection and per address.
 */
export function createWebSocketHandler(deps: {
  yoga: AppYoga;
  authenticator: Authenticator;
  count: CountRequest | null;
  limits: WebSocketLimits;
  logger: Logger;
  /** Live connections and subscriptions of this server, for its metrics. */
  stats: WebSocketStats;
}): WebSocketHandler {
  const { yoga, limits, stats } = deps;
  const socketsByAddress = new Counter();
  const subscriptionsByAddress = new Counter();
  const counted = new WeakMap<object, Set<string>>();

  const countAgainstBudget = async (request: FastifyRequest): Promise<GraphQLError | null> => {
    try {
      await deps.count?.(request);
      return null;
    } catch (error) {
      if (error instanceof HttpProblem) return new GraphQLError(error.message, { extensions: { code: error.code } });
      throw error;
    }
  };
  const release = (ctx: SocketContext<Record<string, unknown>, Extra>, id?: string) => {
    const ids = counted.get(ctx);
    if (!ids) return;
    for (const each of id === undefined ? [...ids] : ids.has(id) ? [id] : []) {
      ids.delete(each);
      subscriptionsByAddress.decrement(ctx.extra.request.ip);
      stats.subscriptions--;
    }
  };

  const graphqlWs = makeHandler<Record<string, unknown>, Extra>(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onConnect: async (ctx) => {
        const { request, socket } = ctx.extra;
        request.auth = await deps.authenticator.authenticate(asString(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization));
        const limited = await countAgainstBudget(request);
        if (limited) {
          socket.close(TOO_MANY_REQUESTS, reason(limited.message));
          return false;
        }
        if (request.auth.problem) {
          socket.close(UNAUTHENTICATED, reason(request.auth.problem));
          return false;
        }
        return true;
      },
      onSubscribe: async (ctx, _id, params) => {
        const { request, socket } = ctx.extra;
        const limited = await countAgainstBudget(request);
        if (limited) return [limited];
        // graphql-ws has already reserved this operation's id in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limits.subscriptionsPerConnection) {
          return [rateLimited(`At most ${limits.subscriptionsPerConnection} operations may run at once on one connection.`)];
        }
        const enveloped: Enveloped = yoga.getEnveloped({ ...ctx, req: request, socket, params, auth: authOf(request) });
        const { schema, execute, subscribe, contextFactory, parse, validate } = enveloped;
        let document: DocumentNode;
        try {
          document = parse(params.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        if (getOperationAST(document, params.operationName)?.operation === OperationTypeNode.SUBSCRIPTION) {
          if (subscriptionsByAddress.get(request.ip) >= limits.subscriptionsPerAddress) {
            return [rateLimited(`At most ${limits.subscriptionsPerAddress} live subscriptions per address.`)];
          }
          subscriptionsByAddress.increment(request.ip);
          stats.subscriptions++;
          const ids = counted.get(ctx) ?? new Set<string>();
          ids.add(_id);
          counted.set(ctx, ids);
        }
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe } satisfies EnvelopedRoot,
        };
      },
      onComplete: (ctx, id) => release(ctx, id),
      onClose: (ctx) => release(ctx),
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors) if (!(error instanceof GraphQLError) || error.originalError) deps.logger.warn({ err: error }, 'WebSocket operation failed');
      },
    },
    undefined,
  );

  return function handler(this: ThisParameterType<WebsocketHandler>, socket, request) {
    if (socketsByAddress.get(request.ip) >= limits.connectionsPerAddress) {
      socket.close(POLICY_VIOLATION, `At most ${limits.connectionsPerAddress} live connections per address.`);
      return;
    }
    socketsByAddress.increment(request.ip);
    stats.connections++;
    socket.once('close', () => {
      socketsByAddress.decrement(request.ip);
      stats.connections--;
    });
    return graphqlWs.call(this, socket, request);
  };
}

/** Live counts per key that forget keys at zero, so the map cannot grow without bound. */
class Counter {
  private readonly counts = new Map<string, number>();
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  increment(key: string): void {
    this.counts.set(key, this.get(key) + 1);
  }
  decrement(key: string): void {
    const next = this.get(key) - 1;
    if (next > 0) this.counts.set(key, next);
    else this.counts.delete(key);
  }
}

function rateLimited(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'RATE_LIMITED' } });
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Close reasons are limited to 123 bytes by the protocol. */
function reason(text: string): string {
  return Buffer.byteLength(text) <= 123 ? text : `${Buffer.from(text).subarray(0, 120).toString()}...`;
}
