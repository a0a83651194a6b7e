import { OAUTH_STATE_LIFETIME_MS } from './oauth-state.js';

/**
 * The cookie that binds a Google Calendar connection to the browser that opened the start
 * link: HttpOnly, SameSite=Lax (Google's redirect back is a top-level navigation, which
 * Lax lets through), only sent to the OAuth routes, and Secure outside plain-HTTP development.
 */
export const OAUTH_COOKIE = 'slotline_google_oauth';
const PATH = '/oauth/google';

export function bindingCookie(value: string, options: { secure: boolean }): string {
  return cookie(value, OAUTH_STATE_LIFETIME_MS / 1000, options.secure);
}

export function clearedBindingCookie(options: { secure: boolean }): string {
  return cookie('', 0, options.secure);
}

/** The value of the binding cookie in a Cookie header, or null. */
export function readBindingCookie(header: string | undefined): string | null {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === OAUTH_COOKIE) return pair.slice(separator + 1).trim() || null;
  }
  return null;
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${OAUTH_COOKIE}=${value}; Path=${PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
