import { createHash, randomBytes } from 'node:crypto';
import type { PrismaClient } from '../db/prisma.js';

export const API_SCOPES = ['availability:read', 'appointments:read', 'appointments:write'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface ApiKeyViewer {
  id: string;
  name: string;
  scopes: ApiScope[];
}

const CACHE_TTL_MS = 30_000;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new key: the secret goes to the provider once; only its hash is stored. */
export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const key = `sl_${randomBytes(24).toString('base64url')}`;
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) };
}

/** Recognises `Authorization: ApiKey <key>`; revocations take effect within 30 seconds. */
export class ApiKeys {
  private readonly cache = new Map<string, { viewer: ApiKeyViewer | null; expiresAt: number }>();

  constructor(private readonly prisma: PrismaClient) {}

  async verify(key: string): Promise<ApiKeyViewer | null> {
    const hash = hashApiKey(key);
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > Date.now()) return cached.viewer;
    const row = await this.prisma.apiKey.findUnique({ where: { hash } });
    const viewer = row && !row.revokedAt ? { id: row.id, name: row.name, scopes: row.scopes.filter(isApiScope) } : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { viewer, expiresAt: Date.now() + CACHE_TTL_MS });
    if (row && viewer && (!row.lastUsedAt || row.lastUsedAt.getTime() < Date.now() - 60_000)) {
      await this.prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
    }
    return viewer;
  }

  forget(): void {
    this.cache.clear();
  }
}

function isApiScope(scope: string): scope is ApiScope {
  return (API_SCOPES as readonly string[]).includes(scope);
}
