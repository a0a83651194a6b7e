import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A state as the callback reads it back: which row, and the hash of the nonce it must hold. */
export interface SignedState {
  id: string;
  nonceHash: string;
}

/** How long a connection attempt may take, from the mutation to Google's redirect back. */
export const OAUTH_STATE_LIFETIME_MS = 10 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** 32 random bytes, base64url: nonces and browser binding values. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a nonce or a binding value. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/**
 * The OAuth "state" parameter: "<row id>.<nonce>.<signature>". The signature lets forged
 * states be refused without a query; the row (see oauth-states.ts) makes it single-use,
 * short-lived and bound to one browser.
 */
export class OAuthState {
  constructor(private readonly secret: string) {}

  sign(id: string, nonce: string): string {
    return `${id}.${nonce}.${this.signature(`${id}.${nonce}`)}`;
  }

  /** The row and nonce hash, or null when the state is malformed or its signature is wrong. */
  read(state: string): SignedState | null {
    const [id, nonce, signature, ...rest] = state.split('.');
    if (!id || !nonce || !signature || rest.length > 0 || !UUID.test(id)) return null;
    const expected = Buffer.from(this.signature(`${id}.${nonce}`));
    const actual = Buffer.from(signature);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    return { id, nonceHash: hashSecret(nonce) };
  }

  private signature(body: string): string {
    return createHmac('sha256', this.secret).update(`google-oauth:${body}`).digest('base64url');
  }
}
