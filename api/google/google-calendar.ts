import { auth as googleAuth, calendar, type calendar_v3 } from '@googleapis/calendar';
import { formatInTimeZone } from 'date-fns-tz';

type OAuth2Client = InstanceType<typeof googleAuth.OAuth2>;

export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events';

export interface GoogleConfig {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Overrides for Google's hosts (the tests point them at a local fake). */
  oauthBaseUrl?: string;
  apiRootUrl?: string;
  /** A request to Google taking longer fails (and the job retries it). */
  timeoutMs?: number;
}

const TIMEOUT_MS = 10_000;

export interface CalendarEventInput {
  id: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  /** The calendar owner's IANA zone: Google shows the event in it, and keeps it there if the owner travels. */
  timeZone: string;
  location: string | null;
}

export interface BusyInterval {
  start: Date;
  end: Date;
}

/** The grant was revoked or expired: the user must connect again. */
export class GoogleGrantRevokedError extends Error {
  constructor() {
    super('The Google Calendar permission was revoked; reconnect the calendar.');
    this.name = 'GoogleGrantRevokedError';
  }
}

/** OAuth and Calendar API calls through Google's official SDKs. */
export class GoogleCalendar {
  constructor(private readonly config: GoogleConfig) {}

  private get timeoutMs(): number {
    return this.config.timeoutMs ?? TIMEOUT_MS;
  }

  private oauth(): OAuth2Client {
    const base = this.config.oauthBaseUrl;
    return new googleAuth.OAuth2({
      clientId: this.config.clientId,
      clientSecret: this.config.clientSecret,
      redirectUri: this.config.redirectUri,
      // Token exchanges and refreshes; without a time-out a stalled Google holds a job forever.
      transporterOptions: { timeout: this.timeoutMs },
      ...(base ? { endpoints: { oauth2AuthBaseUrl: `${base}/o/oauth2/v2/auth`, oauth2TokenUrl: `${base}/token`, oauth2RevokeUrl: `${base}/revoke` } } : {}),
    });
  }

  authorizationUrl(state: string): string {
    return this.oauth().generateAuthUrl({ access_type: 'offline', prompt: 'consent', scope: [CALENDAR_SCOPE], state, include_granted_scopes: true });
  }

  async exchangeCode(code: string): Promise<{ refreshToken: string; scope: string }> {
    const { tokens } = await this.oauth().getToken(code);
    if (!tokens.refresh_token) throw new Error('Google did not return a refresh token.');
    return { refreshToken: tokens.refresh_token, scope: tokens.scope ?? CALENDAR_SCOPE };
  }

  async revoke(refreshToken: string): Promise<void> {
    await this.oauth().revokeToken(refreshToken);
  }

  /** Creates or updates the event with this id (ids are ours, so retries never duplicate). */
  async upsertEvent(refreshToken: string, calendarId: string, event: CalendarEventInput): Promise<void> {
    const api = this.api(refreshToken);
    const body: calendar_v3.Schema$Event = {
      id: event.id,
      summary: event.summary,
      description: event.description,
      location: event.location ?? undefined,
      start: { dateTime: localDateTime(event.start, event.timeZone), timeZone: event.timeZone },
      end: { dateTime: localDateTime(event.end, event.timeZone), timeZone: event.timeZone },
      reminders: { useDefault: false, overrides: [{ method: 'popup', minutes: 15 }] },
    };
    await withGrantCheck(async () => {
      try {
        await api.events.insert({ calendarId, requestBody: body });
      } catch (error) {
        if (statusOf(error) !== 409) throw error;
        await api.events.update({ calendarId, eventId: event.id, requestBody: body });
      }
    });
  }

  async deleteEvent(refreshToken: string, calendarId: string, eventId: string): Promise<void> {
    await withGrantCheck(async () => {
      try {
        await this.api(refreshToken).events.delete({ calendarId, eventId });
      } catch (error) {
        if (statusOf(error) !== 404 && statusOf(error) !== 410) throw error;
      }
    });
  }

  /** Busy periods in [from, to), leaving out transparent events and the ids in `ignore`. */
  async busyIntervals(refreshToken: string, calendarId: string, from: Date, to: Date, ignore: (eventId: string) => boolean): Promise<BusyInterval[]> {
    const api = this.api(refreshToken);
    const busy: BusyInterval[] = [];
    let pageToken: string | undefined;
    do {
      const { data } = await withGrantCheck(() =>
        api.events.list({ calendarId, timeMin: from.toISOString(), timeMax: to.toISOString(), singleEvents: true, maxResults: 250, pageToken }),
      );
      for (const event of data.items ?? []) {
        if (event.status === 'cancelled' || event.transparency === 'transparent' || (event.id && ignore(event.id))) continue;
        const start = event.start?.dateTime ?? event.start?.date;
        const end = event.end?.dateTime ?? event.end?.date;
        if (start && end) busy.push({ start: new Date(start), end: new Date(end) });
      }
      pageToken = data.nextPageToken ?? undefined;
    } while (pageToken);
    return busy;
  }

  private api(refreshToken: string): calendar_v3.Calendar {
    const auth = this.oauth();
    auth.setCredentials({ refresh_token: refreshToken });
    return calendar({
      version: 'v3',
      auth,
      timeout: this.timeoutMs,
      // A time-out is not retried inside the call: the job's own backoff retries, so that one call
      // never takes several time-outs (and the job's lock) to fail.
      retryConfig: { noResponseRetries: 0 },
      ...(this.config.apiRootUrl ? { rootUrl: this.config.apiRootUrl } : {}),
    });
  }
}

/** RFC 3339 with the zone's offset at that instant, as Google writes its own events: wall-clock time, unambiguous. */
function localDateTime(instant: Date, timeZone: string): string {
  return formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX");
}

function statusOf(error: unknown): number | undefined {
  const candidate = error as { status?: number; code?: number | string; response?: { status?: number } };
  return candidate.response?.status ?? candidate.status ?? (typeof candidate.code === 'number' ? candidate.code : undefined);
}

async function withGrantCheck<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const text = `${(error as Error).message} ${JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? '')}`;
    if (text.includes('invalid_grant')) throw new GoogleGrantRevokedError();
    throw error;
  }
}
