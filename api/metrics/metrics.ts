import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PrismaClient } from '../db/prisma.js';
import type { Logger } from '../logger.js';
import { LabelCap } from './label-cap.js';
import { registerRuntimeCollectors, type RuntimeSources, type WebSocketStats } from './runtime-collectors.js';
import { registerStoreCollectors } from './store-collectors.js';

// Distinct GraphQL operation names kept as labels; the web app has a few dozen.
const MAX_OPERATION_NAMES = 200;
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status_class'>;
  graphqlDuration: Histogram<'operation_name' | 'operation_type'>;
  graphqlErrors: Counter<'operation_name' | 'operation_type'>;
  operationNames: LabelCap;
  webSocket: WebSocketStats;
}

/**
 * The metrics of one server instance, in a registry of its own (several servers in one
 * process, as in tests, must not share counters): Node's process metrics, HTTP and GraphQL
 * instruments, and collectors that read the process's counts and the database at scrape time.
 */
export function createMetrics(deps: Omit<RuntimeSources, 'webSocket'> & { prisma: PrismaClient; now: () => Date; logger: Logger }): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: 'slotline_' });
  const webSocket: WebSocketStats = { connections: 0, subscriptions: 0 };
  registerRuntimeCollectors(registry, { pools: deps.pools, pubsub: deps.pubsub, slotFeed: deps.slotFeed, webSocket });
  registerStoreCollectors(registry, { prisma: deps.prisma, now: deps.now, logger: deps.logger });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'slotline_http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status class; _count counts them.',
      labelNames: ['method', 'route', 'status_class'],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    graphqlDuration: new Histogram({
      name: 'slotline_graphql_operation_duration_seconds',
      help: 'GraphQL executions (HTTP and WebSocket) by operation; for subscriptions, the time to start.',
      labelNames: ['operation_name', 'operation_type'],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    graphqlErrors: new Counter({
      name: 'slotline_graphql_operation_errors_total',
      help: 'GraphQL results (or subscription events) that carried errors, by operation.',
      labelNames: ['operation_name', 'operation_type'],
      registers,
    }),
    operationNames: new LabelCap(MAX_OPERATION_NAMES),
    webSocket,
  };
}
