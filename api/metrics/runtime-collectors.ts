import { Counter, Gauge, type Registry } from 'prom-client';
import type pg from 'pg';

/** Live WebSocket counts, kept by the WebSocket handler. */
export interface WebSocketStats {
  connections: number;
  subscriptions: number;
}

export interface RuntimeSources {
  /** The pg pools of this process by name (requests, background...). */
  pools: Record<string, pg.Pool>;
  pubsub: { publishFailures: number };
  slotFeed: { received: number; duplicates: number; recoveredFromLog: number; resyncs: number };
  webSocket: WebSocketStats;
}

/**
 * Counts that the modules of this process keep anyway, read when Prometheus scrapes: nothing
 * is added to their hot paths.
 */
export function registerRuntimeCollectors(registry: Registry, sources: RuntimeSources): void {
  const registers = [registry];
  const poolGauge = (name: string, help: string, read: (pool: pg.Pool) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['pool'],
      registers,
      collect() {
        for (const [pool, client] of Object.entries(sources.pools)) this.set({ pool }, read(client));
      },
    });
  poolGauge('slotline_db_pool_connections', 'Connections open in the database pool.', (pool) => pool.totalCount);
  poolGauge('slotline_db_pool_idle_connections', 'Open connections of the pool that are not in use.', (pool) => pool.idleCount);
  poolGauge('slotline_db_pool_waiting_requests', 'Queries waiting for a connection of the pool.', (pool) => pool.waitingCount);
  poolGauge('slotline_db_pool_max_connections', 'The most connections the pool may open.', (pool) => pool.options.max ?? 10);

  const statCounter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers,
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  statCounter(
    'slotline_pubsub_publish_failures_total',
    'Publishes that did not reach Redis (the slot event log delivers them).',
    () => sources.pubsub.publishFailures,
  );
  statCounter('slotline_slot_feed_received_total', 'Slot change events that arrived over pub/sub.', () => sources.slotFeed.received);
  statCounter(
    'slotline_slot_feed_duplicates_total',
    'Events that arrived over pub/sub but were already known (own changes echoed back, or read from the log first).',
    () => sources.slotFeed.duplicates,
  );
  statCounter(
    'slotline_slot_feed_recovered_from_log_total',
    'Events that pub/sub lost and the slot event log delivered.',
    () => sources.slotFeed.recoveredFromLog,
  );
  statCounter(
    'slotline_slot_feed_resyncs_total',
    'Times the slot feed was cut off too long and subscribers were told to resync.',
    () => sources.slotFeed.resyncs,
  );

  const liveGauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read());
      },
    });
  liveGauge('slotline_websocket_connections', 'Open GraphQL WebSocket connections.', () => sources.webSocket.connections);
  liveGauge('slotline_websocket_subscriptions', 'Active GraphQL subscriptions over WebSocket.', () => sources.webSocket.subscriptions);
}
