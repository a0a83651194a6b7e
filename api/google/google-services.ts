import { GoogleCalendar } from './google-calendar.js';
import { OAuthState } from './oauth-state.js';
import { TokenCipher } from './token-cipher.js';
import { createHash } from 'node:crypto';

export interface GoogleServices {
  calendar: GoogleCalendar;
  cipher: TokenCipher;
  state: OAuthState;
}

export function createGoogleServices(
  config: { clientId: string; clientSecret: string; tokenKey: string; oauthBaseUrl?: string; apiRootUrl?: string },
  appUrl: string,
): GoogleServices {
  return {
    calendar: new GoogleCalendar({
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      redirectUri: `${appUrl}/oauth/google/callback`,
      oauthBaseUrl: config.oauthBaseUrl,
      apiRootUrl: config.apiRootUrl,
    }),
    cipher: new TokenCipher(config.tokenKey),
    // A key of its own for signing OAuth state, derived so that one secret suffices.
    state: new OAuthState(createHash('sha256').update(`oauth-state:${config.tokenKey}`).digest('base64url')),
  };
}
