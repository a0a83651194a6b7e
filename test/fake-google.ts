import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fromZonedTime } from 'date-fns-tz';

interface EventTime {
  dateTime: string;
  timeZone?: string;
}

interface StoredEvent {
  id: string;
  summary?: string;
  description?: string;
  location?: string;
  start: EventTime;
  end: EventTime;
  reminders?: unknown;
  transparency?: string;
  status?: string;
}

// RFC 3339 as Calendar v3 takes it: the offset may be left out, and then the timeZone field says the zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The instant an event time names: from its own offset, else in its timeZone. */
export function instantOf(time: EventTime): number {
  return DATE_TIME.exec(time.dateTime)?.[1] ? Date.parse(time.dateTime) : fromZonedTime(time.dateTime, time.timeZone!).getTime();
}

/** Why Google would refuse this event body with 400 (its own messages), or null when it would take it. */
function refusal(event: Partial<StoredEvent>): { reason: string; message: string } | null {
  if (event.id !== undefined && !/^[a-v0-9]{5,1024}$/.test(event.id)) return { reason: 'invalid', message: 'Invalid resource id value.' };
  for (const edge of ['start', 'end'] as const) {
    const time = event[edge];
    if (!time?.dateTime) return { reason: 'required', message: `Missing ${edge} time.` };
    const match = DATE_TIME.exec(time.dateTime);
    if (!match || Number.isNaN(Date.parse(match[1] ? time.dateTime : `${time.dateTime}Z`))) {
      return { reason: 'invalid', message: `Invalid ${edge} time.` };
    }
    if (time.timeZone !== undefined && !isTimeZone(time.timeZone)) return { reason: 'invalid', message: `Invalid time zone definition for ${edge} time.` };
    if (!match[1] && !time.timeZone) return { reason: 'required', message: `Missing time zone definition for ${edge} time.` };
  }
  if (event.location !== undefined && typeof event.location !== 'string') return { reason: 'invalid', message: 'Invalid value for: location' };
  if (instantOf(event.end!) <= instantOf(event.start!)) return { reason: 'timeRangeEmpty', message: 'The specified time range is empty.' };
  return null;
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
    const badRequest = (problem: { reason: string; message: string }) =>
      json(response, 400, { error: { code: 400, message: problem.message, errors: [{ domain: 'global', ...problem }] } });
    if (request.method === 'POST') {
      const event = JSON.parse(body) as StoredEvent;
      const problem = refusal(event);
      if (problem) return badRequest(problem);
      event.id ??= randomUUID().replaceAll('-', '');
      if (events.has(event.id)) return json(response, 409, { error: { code: 409, message: 'The requested identifier already exists.' } });
      events.set(event.id, event);
      return json(response, 200, event);
    }
    if (request.method === 'PUT' && eventId) {
      if (!events.has(eventId)) return json(response, 404, { error: { code: 404, message: 'Not Found' } });
      const event = JSON.parse(body) as StoredEvent;
      const problem = refusal({ ...event, id: eventId });
      if (problem) return badRequest(problem);
      events.set(eventId, { ...event, id: eventId });
      return json(response, 200, events.get(eventId));
    }
    if (request.method === 'DELETE' && eventId) {
      if (!events.delete(eventId)) return json(response, 410, { error: { code: 410, message: 'Resource has been deleted' } });
      return response.writeHead(204).end();
    }
    if (request.method === 'GET' && !eventId) {
      const [from, to] = [Date.parse(url.searchParams.get('timeMin') ?? ''), Date.parse(url.searchParams.get('timeMax') ?? '')];
      const items = [...events.values()].filter((event) => instantOf(event.end) > from && instantOf(event.start) < to);
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
