import { Redis } from 'ioredis';
import type { Env } from '../env.js';
import type { Logger } from '../logger.js';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limiter.js';

/** Counted in Redis when there is one, so that all instances share the limit. */
export async function createRateLimiter(env: Env, logger: Logger): Promise<RateLimiter> {
  if (!env.redisUrl) return new MemoryRateLimiter(env.rateLimitPerMinute);
  // No offline queue: while Redis is away, requests pass unlimited instead of waiting.
  const redis = new Redis(env.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', (error) => logger.warn({ err: error.message }, 'rate limit store unreachable; requests pass unlimited'));
  await redis.connect();
  return new RedisRateLimiter(redis, env.rateLimitPerMinute, env.redisChannelPrefix);
}
