import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import websocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Services } from './services.js';
import type { Env } from './env.js';
import { registerGraphqlRoute } from './http/graphql-route.js';
import { registerHealthRoutes } from './http/health-routes.js';
import { registerHttpMetrics } from './http/http-metrics.js';
import { registerMetricsRoute } from './http/metrics-route.js';
import { nodeRoute, type NodeHandler } from './http/node-route.js';
import { pathOf, registerProblemReplies, sendProblem } from './http/problem.js';
import { registerRateLimits } from './http/rate-limits.js';
import { registerRequestAuth } from './http/request-auth.js';
import { applySecurityHeadersEarly, registerSecurityHeaders } from './http/security-headers.js';
import { registerWebClient } from './http/web-client.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics/metrics.js';
import { registerExportRoutes } from './routes/export-appointments.js';
import { registerResendWebhook } from './routes/resend-webhook.js';
import { createWebSocketHandler } from './ws.js';
import type { AppYoga } from './yoga.js';

const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpServer {
  app: FastifyInstance;
  /** Stops taking connections, lets requests in flight finish (bounded), closes sockets with 1001. */
  close(): Promise<void>;
}

/**
 * The HTTP edge: Fastify with Yoga mounted on /graphql (HTTP and WebSocket), health
 * probes, exports, webhooks, OAuth redirects and the web client, behind security headers,
 * CORS, rate limits, compression and one error handler.
 */
export async function createHttpServer(deps: {
  env: Env;
  services: Services;
  yoga: AppYoga;
  logger: Logger;
  /** Browser redirect endpoints by path (OAuth). */
  redirects: Record<string, NodeHandler>;
  /** Null when METRICS_TOKEN is unset: then there is no /metrics. */
  metrics: Metrics | null;
}): Promise<HttpServer> {
  const { env, services } = deps;
  const production = env.nodeEnv === 'production';
  let closing = false;
  const security = {
    production,
    appUrl: env.appUrl,
    corsOrigins: env.corsOrigins,
    firebaseAuthDomain: env.firebaseWeb?.authDomain ?? null,
    firebaseAuthEmulatorUrl: env.firebaseWeb?.authEmulatorUrl ?? null,
  };
  const secureEarly = applySecurityHeadersEarly(security);
  // Typed as Fastify's logger, so that the app is a plain FastifyInstance (not one generic over pino's Logger).
  const loggerInstance: FastifyBaseLogger = deps.logger.child({ component: 'http' });
  const app = Fastify({
    loggerInstance,
    // Query strings carry OAuth codes and GraphQL variables: only paths are logged.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // The client is the right-most address that our own proxies did not add.
    trustProxy: (_address: string, hop: number) => hop < env.trustProxyHops,
    bodyLimit: MAX_BODY_BYTES,
    // A request that reached a closing instance on a connection it had already accepted is served (its answer
    // closes the connection): a 503 there would fail a booking that nginx, having sent it, never resends.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    connectionTimeout: 60_000,
    requestTimeout: 60_000,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: (error, request, reply) => {
      secureEarly(request, reply);
      reply.header('x-request-id', request.id);
      sendProblem(request, reply, 400, 'BAD_REQUEST', error.code === 'FST_ERR_BAD_URL' ? 'The address of the request is malformed.' : error.message);
    },
  });
  if (deps.metrics) registerHttpMetrics(app, deps.metrics);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ method: request.method, path: pathOf(request), status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  // While draining, every answer (of requests in flight too) closes its connection, so that
  // no kept-alive socket holds the shutdown open and clients reconnect elsewhere.
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  registerProblemReplies(app, deps.yoga.graphqlEndpoint);
  await registerSecurityHeaders(app, security);
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  registerRequestAuth(app, services.authenticator);
  const limits =
    env.rateLimitPerMinute > 0
      ? await registerRateLimits(app, { perMinute: env.rateLimitPerMinute, redisUrl: env.redisUrl, prefix: env.redisChannelPrefix }, deps.logger)
      : null;
  if (limits) app.addHook('onClose', limits.close);
  await app.register(websocket, {
    options: { maxPayload: MAX_BODY_BYTES },
    preClose: async function closeSockets(this: FastifyInstance) {
      for (const socket of this.websocketServer.clients) socket.close(1001, 'Server is shutting down');
      await new Promise<void>((resolve) => this.websocketServer.close(() => resolve()));
    },
  });

  registerHealthRoutes(app, services.prisma, () => closing);
  registerMetricsRoute(app, { metrics: deps.metrics, token: env.metricsToken });
  const webSocket = createWebSocketHandler({
    yoga: deps.yoga,
    authenticator: services.authenticator,
    count: limits?.count ?? null,
    limits: env.webSocketLimits,
    logger: deps.logger,
    stats: deps.metrics?.webSocket ?? { connections: 0, subscriptions: 0 },
  });
  registerGraphqlRoute(app, deps.yoga, webSocket);
  registerExportRoutes(app, { prisma: services.prisma });
  if (env.email.webhookSecret) {
    const secrets = [env.email.webhookSecret, ...(env.email.previousWebhookSecret ? [env.email.previousWebhookSecret] : [])];
    await registerResendWebhook(app, { prisma: services.prisma, logger: deps.logger, secrets });
  }
  for (const [path, handler] of Object.entries(deps.redirects)) {
    app.get(path, { config: { limited: true } }, nodeRoute(handler));
  }
  await registerWebClient(app, { root: env.webRoot, production });
  await app.ready();

  return {
    app,
    close: async () => {
      closing = true;
      // /readyz now answers 503; a load balancer needs a moment to notice and stop sending,
      // so new requests are still served for SHUTDOWN_DELAY_MS before the port closes.
      await new Promise((resolve) => setTimeout(resolve, env.shutdownDelayMs));
      // Requests in flight get the grace period; whatever still runs after it is cut.
      const deadline = setTimeout(() => app.server.closeAllConnections(), env.shutdownGraceMs);
      try {
        await app.close();
      } finally {
        clearTimeout(deadline);
      }
    },
  };
}
