import type { PrismaClient } from '../db/prisma.js';
import type { User } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import type { ApiKeys, ApiKeyViewer } from './api-keys.js';
import { InvalidTokenError, type Identity, type TokenVerifier } from './identity.js';
import { userForIdentity } from './user-for-identity.js';

export type Viewer = { kind: 'user'; user: User };

export interface Authentication {
  viewer: Viewer | null;
  /** A third party's API key, instead of a signed-in person. */
  apiKey: ApiKeyViewer | null;
  /** Why a presented credential was refused; shown in UNAUTHENTICATED errors. */
  problem: string | null;
}

const CACHE_TTL_MS = 60_000;
const CACHE_LIMIT = 5_000;

/**
 * Turns an Authorization header into the signed-in user, creating the user on first
 * sign-in. Role follows PROVIDER_EMAILS at every sign-in. Verified tokens are cached
 * briefly so that a busy client does not cost a verification and a query per request;
 * an entry never outlives its token's exp. For the provider this is a trade-off: a
 * revocation or a disabled account is checked at each verification, so it takes effect
 * on this instance within CACHE_TTL_MS, not at once.
 */
export class Authenticator {
  private readonly cache = new Map<string, { viewer: Viewer; expiresAt: number }>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly verifier: TokenVerifier,
    private readonly providerEmails: readonly string[],
    private readonly apiKeys: ApiKeys,
    private readonly logger: Logger,
  ) {}

  async authenticate(authorization: string | null | undefined): Promise<Authentication> {
    const anonymous = { viewer: null, apiKey: null };
    if (!authorization) return { ...anonymous, problem: null };
    const [scheme, credential] = authorization.trim().split(/\s+/, 2);
    if (scheme?.toLowerCase() === 'apikey' && credential) {
      const apiKey = await this.apiKeys.verify(credential);
      return apiKey ? { viewer: null, apiKey, problem: null } : { ...anonymous, problem: 'The API key is not valid or was revoked.' };
    }
    if (scheme?.toLowerCase() !== 'bearer' || !credential) {
      return { ...anonymous, problem: 'The Authorization header must be "Bearer <token>" or "ApiKey <key>".' };
    }
    const cached = this.cache.get(credential);
    if (cached && cached.expiresAt > Date.now()) return { viewer: cached.viewer, apiKey: null, problem: null };
    if (cached) this.cache.delete(credential);
    try {
      const identity = await this.verifier.verify(credential);
      const viewer: Viewer = { kind: 'user', user: await this.userFor(identity) };
      this.remember(credential, viewer, identity.expiresAt);
      return { viewer, apiKey: null, problem: null };
    } catch (error) {
      if (error instanceof InvalidTokenError) return { ...anonymous, problem: error.message };
      throw error;
    }
  }

  /** Finds or creates the user for a verified identity. */
  userFor(identity: Identity): Promise<User> {
    return userForIdentity({ prisma: this.prisma, providerEmails: this.providerEmails, logger: this.logger }, identity);
  }

  forget(userId: string): void {
    for (const [token, entry] of this.cache) if (entry.viewer.user.id === userId) this.cache.delete(token);
  }

  private remember(token: string, viewer: Viewer, tokenExpiresAt: number): void {
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(token, { viewer, expiresAt: Math.min(tokenExpiresAt, Date.now() + CACHE_TTL_MS) });
  }
}
