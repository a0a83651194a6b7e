import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InvalidTokenError, type Identity, type TokenVerifier } from './identity.js';

const ISSUER = 'slotline-dev';
const LIFETIME_SECONDS = 7 * 24 * 3600;

/**
 * Tokens that the server mints itself in AUTH_MODE=dev: HS256 JWTs that carry the same
 * claims as a Firebase ID token (sub, email, name), so the rest of the app cannot tell
 * them apart.
 */
export class DevTokens implements TokenVerifier {
  constructor(private readonly secret: string) {}

  sign(identity: { email: string; name: string | null }, nowSeconds = Math.floor(Date.now() / 1000)): string {
    const payload = {
      iss: ISSUER,
      sub: `dev:${identity.email}`,
      email: identity.email,
      name: identity.name,
      iat: nowSeconds,
      exp: nowSeconds + LIFETIME_SECONDS,
    };
    const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
    return `${unsigned}.${this.signature(unsigned)}`;
  }

  async verify(token: string): Promise<Identity> {
    const [header, body, signature] = token.split('.');
    if (!header || !body || !signature) throw new InvalidTokenError('The sign-in token is malformed.');
    const expected = Buffer.from(this.signature(`${header}.${body}`));
    const actual = Buffer.from(signature);
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
      throw new InvalidTokenError('The sign-in token is not valid.');
    }
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (claims.iss !== ISSUER || typeof claims.sub !== 'string' || typeof claims.email !== 'string') {
      throw new InvalidTokenError('The sign-in token is not valid.');
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) {
      throw new InvalidTokenError('The sign-in token has expired; sign in again.');
    }
    return {
      uid: claims.sub,
      email: claims.email,
      name: typeof claims.name === 'string' ? claims.name : null,
      expiresAt: claims.exp * 1000,
    };
  }

  private signature(unsigned: string): string {
    return createHmac('sha256', this.secret).update(unsigned).digest('base64url');
  }
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The configured secret, or one kept in the data folder so tokens survive restarts. */
export async function loadDevTokenSecret(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = join(resolve(dataDir), 'dev-token-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(resolve(dataDir), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
