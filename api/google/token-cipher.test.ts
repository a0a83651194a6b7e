import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TokenCipher } from './token-cipher.js';

const oldKey = randomBytes(32).toString('base64');
const newKey = randomBytes(32).toString('base64');

describe('TokenCipher', () => {
  it('round-trips a token and refuses a tampered one', () => {
    const cipher = new TokenCipher(newKey);
    const stored = cipher.encrypt('refresh-token');
    expect(stored).not.toContain('refresh-token');
    expect(cipher.decrypt(stored)).toBe('refresh-token');
    const [version, iv, tag, encrypted] = stored.split('.');
    expect(() => cipher.decrypt([version, iv, tag, `A${encrypted!.slice(1)}`].join('.'))).toThrow('Unreadable encrypted token.');
  });

  it('reads a token stored under the previous key during a rotation, and moves it to the new key', () => {
    const stored = new TokenCipher(oldKey).encrypt('refresh-token');
    expect(() => new TokenCipher(newKey).decrypt(stored)).toThrow('Unreadable encrypted token.');

    const rotating = new TokenCipher(newKey, oldKey);
    expect(rotating.rotating).toBe(true);
    expect(rotating.decrypt(stored)).toBe('refresh-token');
    const moved = rotating.reencrypt(stored)!;
    expect(new TokenCipher(newKey).decrypt(moved)).toBe('refresh-token');
    expect(rotating.reencrypt(moved)).toBeNull();
  });

  it('leaves alone a token that neither key opens', () => {
    const stranger = new TokenCipher(randomBytes(32).toString('base64')).encrypt('refresh-token');
    const rotating = new TokenCipher(newKey, oldKey);
    expect(rotating.reencrypt(stranger)).toBeNull();
    expect(() => rotating.decrypt(stranger)).toThrow('Unreadable encrypted token.');
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new TokenCipher(newKey, 'c2hvcnQ=')).toThrow(/must be 32 bytes/);
  });
});
