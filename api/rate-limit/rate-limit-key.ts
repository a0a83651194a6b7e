import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Whom a request counts against: its credential when it carries one (so that people behind
 * one address are not throttled together), else its address. Credentials are hashed: the
 * keys may be stored in Redis.
 */
export function rateLimitKey(request: IncomingMessage, trustProxy: boolean): string {
  const authorization = request.headers.authorization;
  if (authorization) return `credential:${createHash('sha256').update(authorization).digest('base64url').slice(0, 32)}`;
  const forwarded = trustProxy ? String(request.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  return `ip:${forwarded || request.socket.remoteAddress || 'unknown'}`;
}
