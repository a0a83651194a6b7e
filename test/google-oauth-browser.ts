import { expect } from 'vitest';
import { graphql } from './graphql-client.js';
import type { TestServer } from './test-server.js';

const CONNECT = 'mutation { connectGoogleCalendar { __typename ... on ConnectGoogleCalendarSuccess { authorizationUrl } } }';

export interface StartedConnection {
  /** Our start link, as the mutation returned it. */
  startUrl: URL;
  /** The state that Google hands back to the callback. */
  state: string;
  /** What the browser keeps from the start link and sends to the callback, "name=value". */
  cookie: string | null;
}

/**
 * What a browser does to connect Google Calendar: ask for the link, open it (our start
 * endpoint sets a cookie and sends it on to Google's consent page), and come back to the
 * callback with Google's code and the state.
 */
export function googleOAuthBrowser(server: TestServer, googleUrl: string) {
  return {
    async begin(authorization: string): Promise<StartedConnection> {
      const started = await graphql(server.graphqlUrl, CONNECT, {}, authorization);
      const startUrl = new URL(started.data!.connectGoogleCalendar.authorizationUrl);
      const { response, cookie } = await this.open(startUrl);
      expect(response.status).toBe(302);
      const consent = new URL(response.headers.get('location')!);
      expect(consent.origin + consent.pathname).toBe(`${googleUrl}/o/oauth2/v2/auth`);
      expect(consent.searchParams.get('scope')).toBe('https://www.googleapis.com/auth/calendar.events');
      expect(consent.searchParams.get('access_type')).toBe('offline');
      return { startUrl, state: consent.searchParams.get('state')!, cookie };
    },

    /** Opens the start link (on the test server, whatever host APP_URL names). */
    async open(startUrl: URL, cookie?: string | null): Promise<{ response: Response; cookie: string | null }> {
      expect(startUrl.pathname).toBe('/oauth/google/start');
      const response = await fetch(new URL(startUrl.pathname + startUrl.search, server.url), {
        redirect: 'manual',
        headers: cookie ? { cookie } : {},
      });
      const [setCookie] = response.headers.getSetCookie();
      return { response, cookie: setCookie ? setCookie.split(';')[0]! : null };
    },

    finish(state: string, code: string, cookie: string | null): Promise<Response> {
      const callback = new URL(`${server.url}/oauth/google/callback`);
      callback.searchParams.set('code', code);
      callback.searchParams.set('state', state);
      return fetch(callback, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    },
  };
}
