import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StoredEvent {
  id: string;
  summary?: string;
  description?: string;
  start: { dateTime: string };
  end: { dateTime: string };
  reminders?: unknown;
  transparency?: string;
  status?: string;
}

/**
 * A stand-in for Google's OAuth token endpoint and the Calendar v3 events API, enough for
 * the official SDKs: codes become refresh tokens, refresh tokens become access tokens
 * (or invalid_grant once revoked), and each calendar keeps its events in memory.
 */
export async function startFakeGoogle() {
  const codes = new Map<string, string>(); // code -> refresh token
  const refreshTokens = new Map<string, { revoked: boolean; calendar: string }>();
  const accessTokens = new Map<string, string>(); // access token -> calendar owner
  const calendars = new Map<string, Map<string, StoredEvent>>();
  const failures: number[] = [];
  const requests: string[] = [];
  let stalled = false;

  const json = (response: ServerResponse, status: number, body: unknown) =>
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

  const eventsOf = (owner: string) => {
    if (!calendars.has(owner)) calendars.set(owner, new Map());
    return calendars.get(owner)!;
  };

  const handle = (request: IncomingMessage, response: ServerResponse, body: string) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    requests.push(`${request.method} ${url.pathname}`);
    if (stalled) return; // never answered: the client must give up on its own
    if (url.pathname === '/o/oauth2/v2/auth') return consent(url, response);
    if (url.pathname === '/token') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') === 'authorization_code') {
        const refreshToken = codes.get(form.get('code') ?? '');
        if (!refreshToken) return json(response, 400, { error: 'invalid_grant' });
        return json(response, 200, {
          access_token: issueAccess(refreshToken),
          refresh_token: refreshToken,
          expires_in: 3600,
          scope: 'https://www.googleapis.com/auth/calendar.events',
          token_type: 'Bearer',
        });
      }
      const grant = refreshTokens.get(form.get('refresh_token') ?? '');
      if (!grant || grant.revoked) return json(response, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
      return json(response, 200, { access_token: issueAccess(form.get('refresh_token')!), expires_in: 3600, token_type: 'Bearer' });
    }
    if (url.pathname === '/revoke') {
      const token = url.searchParams.get('token') ?? new URLSearchParams(body).get('token') ?? '';
      const grant = refreshTokens.get(token);
      if (grant) grant.revoked = true;
      return json(response, 200, {});
    }
    const match = /^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match) return json(response, 404, { error: { code: 404, message: 'not faked' } });
    const owner = accessTokens.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!owner) return json(response, 401, { error: { code: 401, message: 'Invalid Credentials' } });
    if (failures.length > 0 && failures[0]! > 0) {
      failures[0]!--;
      if (failures[0] === 0) failures.shift();
      return json(response, 503, { error: { code: 503, message: 'Backend Error' } });
    }
    const events = eventsOf(owner);
    const eventId = match[2] ? decodeURIComponent(match[2]) : undefined;
    if (request.method === 'POST') {
      const event = JSON.parse(body) as StoredEvent;
      event.id ??= randomUUID().replaceAll('-', '');
      if (events.has(event.id)) return json(response, 409, { error: { code: 409, message: 'The requested identifier already exists.' } });
      events.set(event.id, event);
      return json(response, 200, event);
    }
    if (request.method === 'PUT' && eventId) {
      if (!events.has(eventId)) return json(response, 404, { error: { code: 404, message: 'Not Found' } });
      events.set(eventId, { ...(JSON.parse(body) as StoredEvent), id: eventId });
      return json(response, 200, events.get(eventId));
    }
    if (request.method === 'DELETE' && eventId) {
      if (!events.delete(eventId)) return json(response, 410, { error: { code: 410, message: 'Resource has been deleted' } });
      return response.writeHead(204).end();
    }
    if (request.method === 'GET' && !eventId) {
      const [from, to] = [Date.parse(url.searchParams.get('timeMin') ?? ''), Date.parse(url.searchParams.get('timeMax') ?? '')];
      const items = [...events.values()].filter((event) => Date.parse(event.end.dateTime) > from && Date.parse(event.start.dateTime) < to);
      return json(response, 200, { items });
    }
    return json(response, 405, { error: { code: 405, message: 'not faked' } });
  };

  function grantCode(calendar: string): string {
    const code = `code-${randomUUID()}`;
    const refreshToken = `refresh-${randomUUID()}`;
    codes.set(code, refreshToken);
    refreshTokens.set(refreshToken, { revoked: false, calendar });
    return code;
  }

  /**
   * Google's consent page, for a browser: the person allows access at once, and is sent back to the
   * app's redirect URI with a code for a calendar of their own and the app's state.
   */
  function consent(url: URL, response: ServerResponse) {
    const redirectUri = url.searchParams.get('redirect_uri');
    const state = url.searchParams.get('state');
    if (!url.searchParams.get('client_id') || !redirectUri || !URL.canParse(redirectUri) || url.searchParams.get('response_type') !== 'code') {
      return json(response, 400, { error: 'invalid_request', error_description: 'client_id, redirect_uri and response_type=code are required.' });
    }
    const back = new URL(redirectUri);
    back.searchParams.set('code', grantCode(`consented-${refreshTokens.size + 1}`));
    if (state !== null) back.searchParams.set('state', state);
    response.writeHead(302, { location: back.toString() }).end();
  }

  function issueAccess(refreshToken: string): string {
    const access = `access-${randomUUID()}`;
    accessTokens.set(access, refreshTokens.get(refreshToken)!.calendar);
    return access;
  }

  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => handle(request, response, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    /** What Google would hand the browser after the person allowed access to `calendar`. */
    authorize: grantCode,
    revokeAll(calendar: string) {
      for (const grant of refreshTokens.values()) if (grant.calendar === calendar) grant.revoked = true;
      for (const [token, owner] of accessTokens) if (owner === calendar) accessTokens.delete(token);
    },
    isRevoked: (refreshToken: string) => refreshTokens.get(refreshToken)?.revoked ?? false,
    events: (calendar: string) => [...eventsOf(calendar).values()],
    addEvent(calendar: string, event: { start: Date; end: Date; summary: string; transparency?: string }) {
      const id = randomUUID().replaceAll('-', '');
      eventsOf(calendar).set(id, {
        id,
        summary: event.summary,
        start: { dateTime: event.start.toISOString() },
        end: { dateTime: event.end.toISOString() },
        transparency: event.transparency,
      });
    },
    /** While stalled, every request (token refresh included) is left unanswered. */
    stall(on: boolean) {
      stalled = on;
    },
    /** The next `count` Calendar API calls answer 503. */
    failNext(count: number) {
      failures.push(count);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
