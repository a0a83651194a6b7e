import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSubEvent } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';
import { connectRedis } from './redis-connection.js';
import type { Logger } from './logger.js';

/** A slot whose availability may have changed; subscribers reload it by id. */
export interface ChangedSlotRef {
  id: string;
  startTime: string;
  endTime: string;
}

export interface SlotsChangedEvent {
  /** Unique per publish, so each instance loads the changed rows once per event. */
  eventId: string;
  slots: ChangedSlotRef[];
}

export interface Topics {
  'slot:changed': SlotsChangedEvent;
}

export interface AppPubSub {
  publish<Topic extends keyof Topics>(topic: Topic, payload: Topics[Topic]): void;
  subscribe<Topic extends keyof Topics>(topic: Topic): AsyncIterable<Topics[Topic]>;
}

export interface PubSubHandle {
  pubsub: AppPubSub;
  /** Publishes that did not reach Redis; the slot event log delivers those events anyway. */
  stats: { publishFailures: number };
  close: () => Promise<void>;
}

type Channels = Record<string, [SlotsChangedEvent]>;

/**
 * Redis pub/sub when REDIS_URL is set, so that an event published by one API instance
 * reaches the subscribers of every instance; in-process otherwise. Channel names carry a
 * prefix because Redis channels are shared by every database and every deployment on a server.
 * Redis is optional at run time: a publish that fails is counted and logged, never thrown,
 * and the subscriber reconnects and resubscribes by itself.
 */
export async function createAppPubSub(redisUrl: string | undefined, channelPrefix: string, logger: Logger): Promise<PubSubHandle> {
  const stats = { publishFailures: 0 };
  if (!redisUrl) return { pubsub: prefixed(createPubSub<Channels>(), channelPrefix), stats, close: async () => {} };

  // Publishing must not queue while Redis is away; subscribing must wait for it however long.
  const publishClient = await connectRedis(redisUrl, 'publish', logger, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const subscribeClient = await connectRedis(redisUrl, 'subscribe', logger, { maxRetriesPerRequest: null });
  // The event target does not handle a failed publish (it would become an unhandled rejection).
  const guardedPublisher = {
    publish: (channel: string, message: string) =>
      publishClient.publish(channel, message).catch((error: Error) => {
        stats.publishFailures++;
        logger.warn({ err: error.message, channel }, 'pub/sub publish failed; the slot event log will deliver it');
        return 0;
      }),
  } as unknown as Redis;
  const eventTarget = createRedisEventTarget<PubSubEvent<Channels, string>>({ publishClient: guardedPublisher, subscribeClient });
  return {
    pubsub: prefixed(createPubSub<Channels>({ eventTarget }), channelPrefix),
    stats,
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

function prefixed(inner: ReturnType<typeof createPubSub<Channels>>, prefix: string): AppPubSub {
  return {
    publish: (topic, payload) => inner.publish(`${prefix}${topic}`, payload),
    subscribe: (topic) => inner.subscribe(`${prefix}${topic}`),
  };
}
