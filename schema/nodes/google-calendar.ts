import type { GoogleConnectionStatus } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import type { Context } from '../context.js';

const CalendarConnectionStatusEnum = builder.enumType('CalendarConnectionStatus', {
  values: {
    NOT_CONNECTED: { description: 'No Google Calendar is connected.' },
    CONNECTED: { description: 'Appointments appear in the Google Calendar.' },
    RECONNECT_NEEDED: { description: 'Google withdrew the permission; connect again to resume.' },
  },
});

type GoogleCalendarStatus = { available: boolean; status: 'NOT_CONNECTED' | 'CONNECTED' | 'RECONNECT_NEEDED' };

export const GoogleCalendarStatusRef = builder.objectRef<GoogleCalendarStatus>('GoogleCalendarStatus').implement({
  fields: (t) => ({
    available: t.exposeBoolean('available', { description: 'Whether this server can connect Google Calendars at all.' }),
    status: t.field({ type: CalendarConnectionStatusEnum, resolve: (value) => value.status }),
  }),
});

/** A user's calendar status from their connection row (loaded with the user). */
export function googleCalendarStatus(connection: { status: GoogleConnectionStatus } | null, context: Context): GoogleCalendarStatus {
  const status = !connection ? 'NOT_CONNECTED' : connection.status === 'ACTIVE' ? 'CONNECTED' : 'RECONNECT_NEEDED';
  return { available: context.google !== null, status };
}
