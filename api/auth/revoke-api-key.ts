import type { ApiKey } from '../generated/prisma/client.js';
import type { Services } from '../services.js';

export type RevokeApiKeyResult = { outcome: 'revoked'; apiKey: ApiKey } | { outcome: 'not-found' };

/**
 * Stops a key from working: at once here, within the key cache's lifetime on other instances.
 * Revoking a revoked key keeps its first revocation time.
 */
export async function revokeApiKey(deps: Pick<Services, 'prisma' | 'apiKeys' | 'now'>, id: string): Promise<RevokeApiKeyResult> {
  const existing = await deps.prisma.apiKey.findUnique({ where: { id } });
  if (!existing) return { outcome: 'not-found' };
  const apiKey = await deps.prisma.apiKey.update({ where: { id }, data: { revokedAt: existing.revokedAt ?? deps.now() } });
  deps.apiKeys.forget();
  return { outcome: 'revoked', apiKey };
}
