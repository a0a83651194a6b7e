import type { Redis } from 'ioredis';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
  close(): Promise<void>;
}

function decide(count: number, limit: number, ttlMs: number): RateDecision {
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
}

/** Fixed one-minute windows in this process (a single instance, or no Redis). */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly limitPerMinute: number) {}

  async hit(key: string): Promise<RateDecision> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size > 50_000) this.sweep(now);
      window = { count: 0, endsAt: now + 60_000 };
      this.windows.set(key, window);
    }
    window.count++;
    return decide(window.count, this.limitPerMinute, window.endsAt - now);
  }

  async close(): Promise<void> {}

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/** Fixed one-minute windows in Redis, so that every instance counts together. */
export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limitPerMinute: number,
    private readonly prefix: string,
  ) {}

  async hit(key: string): Promise<RateDecision> {
    const redisKey = `${this.prefix}ratelimit:${key}`;
    const [[, count], [, ttl]] = (await this.redis.multi().incr(redisKey).pttl(redisKey).exec()) as [[null, number], [null, number]];
    if (ttl < 0) await this.redis.pexpire(redisKey, 60_000);
    return decide(count, this.limitPerMinute, ttl < 0 ? 60_000 : ttl);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
