import { describe, expect, it } from 'vitest';
import { bindingCookie, readBindingCookie } from './oauth-browser-cookie.js';

describe('readBindingCookie', () => {
  it('finds the binding value among other cookies, and nothing else', () => {
    expect(readBindingCookie('theme=dark; slotline_google_oauth=abc-123; other=1')).toBe('abc-123');
    expect(readBindingCookie('xslotline_google_oauth=abc')).toBeNull();
    expect(readBindingCookie('slotline_google_oauth=')).toBeNull();
    expect(readBindingCookie(undefined)).toBeNull();
  });
});

describe('bindingCookie', () => {
  it('is HttpOnly, SameSite=Lax, limited to the OAuth routes for ten minutes, and Secure when asked', () => {
    expect(bindingCookie('v', { secure: false })).toBe('slotline_google_oauth=v; Path=/oauth/google; Max-Age=600; HttpOnly; SameSite=Lax');
    expect(bindingCookie('v', { secure: true })).toMatch(/; Secure$/);
  });
});
