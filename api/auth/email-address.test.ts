import { describe, expect, it } from 'vitest';
import { isProviderEmail, readEmailAddress } from './email-address.js';

const PROVIDERS = ['kate@example.com'];

describe('readEmailAddress', () => {
  it('lower-cases and trims plain addresses, which may match PROVIDER_EMAILS', () => {
    const address = readEmailAddress('  Kate@Example.COM ');
    expect(address).toEqual({ email: 'kate@example.com', plain: true, lookalike: false });
    expect(isProviderEmail(address, PROVIDERS)).toBe(true);
  });

  it('marks compatibility look-alikes of a plain address, which never match', () => {
    for (const raw of ['\u212Aate@example.com', 'ｋａｔｅ@example.com', 'kate@ｅxample.com']) {
      const address = readEmailAddress(raw);
      expect(address).toEqual({ email: 'kate@example.com', plain: false, lookalike: true });
      expect(isProviderEmail(address, PROVIDERS)).toBe(false);
    }
  });

  it('keeps internationalised addresses, composed or not, as one address that is never a provider', () => {
    const composed = readEmailAddress('Jos\u00e9@example.com');
    const decomposed = readEmailAddress('jose\u0301@example.com');
    expect(composed).toEqual({ email: 'jos\u00e9@example.com', plain: false, lookalike: false });
    expect(decomposed).toEqual(composed);
    expect(isProviderEmail(composed, ['jos\u00e9@example.com'])).toBe(false);
  });

  it('does not match a provider address that merely contains the plain one', () => {
    expect(isProviderEmail(readEmailAddress('kate@example.com.evil.test'), PROVIDERS)).toBe(false);
    expect(isProviderEmail(readEmailAddress('kate@example.com\u200b'), PROVIDERS)).toBe(false);
  });
});
