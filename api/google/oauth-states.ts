import type { PrismaClient } from '../db/prisma.js';
import { hashSecret, OAUTH_STATE_LIFETIME_MS, randomSecret, type OAuthState, type SignedState } from './oauth-state.js';

/** A new connection attempt for the user; returns the signed state to hand to the browser. */
export async function createOAuthState(deps: { prisma: PrismaClient; signer: OAuthState; now: () => Date }, userId: string): Promise<string> {
  const now = deps.now();
  await deps.prisma.oAuthState.deleteMany({ where: { expiresAt: { lte: now } } });
  const nonce = randomSecret();
  const row = await deps.prisma.oAuthState.create({
    data: { userId, nonceHash: hashSecret(nonce), createdAt: now, expiresAt: new Date(now.getTime() + OAUTH_STATE_LIFETIME_MS) },
  });
  return deps.signer.sign(row.id, nonce);
}

/**
 * Binds a pending state to the browser that opened the start link. Only once: a second
 * browser that gets hold of the link finds it taken.
 */
export async function bindOAuthState(prisma: PrismaClient, state: SignedState, browserHash: string, now: Date): Promise<boolean> {
  const { count } = await prisma.oAuthState.updateMany({
    where: { id: state.id, nonceHash: state.nonceHash, browserHash: null, consumedAt: null, expiresAt: { gt: now } },
    data: { browserHash },
  });
  return count === 1;
}

/**
 * Uses the state up, in one UPDATE, when it comes back from the browser it was bound to,
 * unused and in time. Returns whose connection it is, or null.
 */
export async function consumeOAuthState(prisma: PrismaClient, state: SignedState, browserHash: string, now: Date): Promise<string | null> {
  const [consumed] = await prisma.oAuthState.updateManyAndReturn({
    where: { id: state.id, nonceHash: state.nonceHash, browserHash, consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
    select: { userId: true },
  });
  return consumed?.userId ?? null;
}
