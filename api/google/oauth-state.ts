import { createHmac, timingSafeEqual } from 'node:crypto';

const LIFETIME_MS = 10 * 60_000;

/**
 * The OAuth "state" parameter: who started the connection, signed so that the callback
 * cannot be pointed at another account, and short-lived.
 */
export class OAuthState {
  constructor(private readonly secret: string) {}

  create(userId: string, now = Date.now()): string {
    const body = Buffer.from(JSON.stringify({ userId, exp: now + LIFETIME_MS })).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** The user id, or null when the state is forged or expired. */
  verify(state: string, now = Date.now()): string | null {
    const [body, signature] = state.split('.');
    if (!body || !signature) return null;
    const expected = Buffer.from(this.sign(body));
    const actual = Buffer.from(signature);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    const { userId, exp } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { userId?: string; exp?: number };
    return typeof userId === 'string' && typeof exp === 'number' && exp > now ? userId : null;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(`google-oauth:${body}`).digest('base64url');
  }
}
