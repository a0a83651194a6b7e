import { describe, expect, it } from 'vitest';
import { hashSecret, OAuthState } from './oauth-state.js';

const ID = '0193a5b0-7e1c-7000-8000-000000000001';

describe('OAuthState', () => {
  const signer = new OAuthState('state-secret');

  it('reads back the row and the hash of the nonce it signed', () => {
    expect(signer.read(signer.sign(ID, 'nonce-1'))).toEqual({ id: ID, nonceHash: hashSecret('nonce-1') });
  });

  it('refuses states that are forged, altered or signed with another secret', () => {
    const state = signer.sign(ID, 'nonce-1');
    const [, , signature] = state.split('.');
    expect(signer.read(`${ID}.nonce-2.${signature}`)).toBeNull();
    expect(signer.read(new OAuthState('other-secret').sign(ID, 'nonce-1'))).toBeNull();
    expect(signer.read(`${state}.extra`)).toBeNull();
    expect(signer.read(`not-a-uuid.nonce-1.${signature}`)).toBeNull();
    expect(signer.read('')).toBeNull();
  });
});
