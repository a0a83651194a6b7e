import { createPubSub } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { PubSubEvent } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
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
  close(): Promise<void>;
}

type Channels = Record<string, [SlotsChangedEvent]>;

/**
 * Redis pub/sub when REDIS_URL is set, so that an event published by one API instance
 * reaches the subscribers of every instance; in-process otherwise. Channel names carry a
 * prefix because Redis channels are shared by every database and every deployment on a server.
 */
export async function createAppPubSub(
  redisUrl: string | undefined,
  channelPrefix: string,
  logger: Logger,
): Promise<PubSubHandle> {
  if (!redisUrl) return { pubsub: prefixed(createPubSub<Channels>(), channelPrefix), close: async () => {} };

  const connect = (role: string) => {
    const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    client.on('error', (error) => logger.warn({ err: error.message, role }, 'redis connection problem'));
    return client;
  };
  const publishClient = connect('publish');
  const subscribeClient = connect('subscribe');
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw new Error(`Cannot connect to Redis at REDIS_URL (${new URL(redisUrl).host}).`, { cause: error });
  }
  const eventTarget = createRedisEventTarget<PubSubEvent<Channels, string>>({ publishClient, subscribeClient });
  return {
    pubsub: prefixed(createPubSub<Channels>({ eventTarget }), channelPrefix),
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
