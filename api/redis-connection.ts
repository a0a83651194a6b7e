import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger.js';

/**
 * A Redis connection that may be away at any time, start included: ioredis keeps
 * reconnecting in the background, and an outage is logged once when it begins and once when
 * it ends, not at every attempt.
 */
export async function connectRedis(url: string, role: string, logger: Logger, options: RedisOptions = {}): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, ...options });
  let away = false;
  redis.on('error', (error: Error) => {
    if (!away) logger.warn({ role, err: error.message }, 'Redis unreachable; carrying on without it until it is back');
    away = true;
  });
  redis.on('ready', () => {
    if (away) logger.info({ role }, 'Redis reachable again');
    away = false;
  });
  await redis.connect().catch(() => undefined);
  return redis;
}
