import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

function keyFrom(base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('GOOGLE_TOKEN_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32).');
  return key;
}

/**
 * Encrypts refresh tokens at rest with AES-256-GCM. The stored form is
 * "v1.<iv>.<tag>.<ciphertext>" in base64url, so a tampered value fails to decrypt.
 * While a key is being rotated, the previous key still decrypts, and `reencrypt` moves a
 * token to the current key: connected calendars survive the rotation.
 */
export class TokenCipher {
  private readonly key: Buffer;
  private readonly previousKey: Buffer | null;

  constructor(key: string, previousKey?: string) {
    this.key = keyFrom(key);
    this.previousKey = previousKey ? keyFrom(previousKey) : null;
  }

  /** Whether a previous key is configured, i.e. a rotation is under way. */
  get rotating(): boolean {
    return this.previousKey !== null;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), encrypted].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  decrypt(stored: string): string {
    const current = decryptWith(this.key, stored);
    if (current !== null) return current;
    const previous = this.previousKey ? decryptWith(this.previousKey, stored) : null;
    if (previous !== null) return previous;
    throw new Error('Unreadable encrypted token.');
  }

  /** The token encrypted with the current key if it is stored under the previous one; null when there is nothing to do. */
  reencrypt(stored: string): string | null {
    if (decryptWith(this.key, stored) !== null || !this.previousKey) return null;
    const plain = decryptWith(this.previousKey, stored);
    return plain === null ? null : this.encrypt(plain);
  }
}

function decryptWith(key: Buffer, stored: string): string | null {
  const [version, iv, tag, encrypted] = stored.split('.');
  if (version !== VERSION || !iv || !tag || !encrypted) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
