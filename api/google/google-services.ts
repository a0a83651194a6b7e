import { GoogleCalendar } from './google-calendar.js';
import { OAuthState } from './oauth-state.js';
import { TokenCipher } from './token-cipher.js';
import { createHash } from 'node:crypto';

export interface GoogleServices {
  calendar: GoogleCalendar;
  cipher: TokenCipher;
  state: OAuthState;
  /** Our start link for a state: the browser opens it to begin connecting. */
  startUrl(state: string): string;
  /** Whether the OAuth cookie needs the Secure attribute. */
  secureCookies: boolean;
}

export function createGoogleServices(
  config: {
    clientId: string;
    clientSecret: string;
    tokenKey: string;
    /** The key being rotated out: still decrypts stored tokens. */
    previousTokenKey?: string;
    oauthBaseUrl?: string;
    apiRootUrl?: string;
    timeoutMs?: number;
  },
  appUrl: string,
  production: boolean,
): GoogleServices {
  return {
    calendar: new GoogleCalendar({
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      redirectUri: `${appUrl}/oauth/google/callback`,
      oauthBaseUrl: config.oauthBaseUrl,
      apiRootUrl: config.apiRootUrl,
      timeoutMs: config.timeoutMs,
    }),
    cipher: new TokenCipher(config.tokenKey, config.previousTokenKey),
    // A key of its own for signing OAuth state, derived so that one secret suffices.
    state: new OAuthState(createHash('sha256').update(`oauth-state:${config.tokenKey}`).digest('base64url')),
    startUrl: (state) => `${appUrl}/oauth/google/start?state=${encodeURIComponent(state)}`,
    secureCookies: production || appUrl.startsWith('https://'),
  };
}
