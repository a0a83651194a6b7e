import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PrismaClient } from '../db/prisma.js';
import { bindingCookie } from '../google/oauth-browser-cookie.js';
import { hashSecret, randomSecret } from '../google/oauth-state.js';
import { bindOAuthState } from '../google/oauth-states.js';
import type { GoogleServices } from '../google/google-services.js';
import { redirect } from './redirect.js';

/**
 * The link that connectGoogleCalendar returns: binds the attempt to this browser with a
 * cookie, then sends the browser to Google's consent page. The callback only accepts the
 * state from the browser that holds the cookie.
 */
export function googleOAuthStart(deps: { prisma: PrismaClient; google: GoogleServices; appUrl: string; now: () => Date }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    // Only a navigation may take the link; a HEAD from a link checker must not use it up.
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET', 'content-type': 'text/plain; charset=utf-8' }).end('GET only');
      return;
    }
    const raw = new URL(request.url ?? '/', deps.appUrl).searchParams.get('state') ?? '';
    const state = deps.google.state.read(raw);
    const browser = randomSecret();
    if (!state || !(await bindOAuthState(deps.prisma, state, hashSecret(browser), deps.now()))) {
      return redirect(response, `${deps.appUrl}/settings?calendar=expired`);
    }
    redirect(response, deps.google.calendar.authorizationUrl(raw), bindingCookie(browser, { secure: deps.google.secureCookies }));
  };
}
