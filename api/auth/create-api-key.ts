import type { ApiKey } from '../generated/prisma/client.js';
import type { Services } from '../services.js';
import { generateApiKey, type ApiScope } from './api-keys.js';

export type CreateApiKeyResult = { outcome: 'created'; apiKey: ApiKey; secret: string };

/** A key for a third party; its secret is returned this once, and only its hash is stored. */
export async function createApiKey(
  deps: Pick<Services, 'prisma'>,
  input: { name: string; scopes: readonly ApiScope[]; createdById: string },
): Promise<CreateApiKeyResult> {
  const { key, prefix, hash } = generateApiKey();
  const apiKey = await deps.prisma.apiKey.create({
    data: { name: input.name, scopes: [...new Set(input.scopes)], prefix, hash, createdById: input.createdById },
  });
  return { outcome: 'created', apiKey, secret: key };
}
