import { builder } from '../builder.js';
import { UserRef } from './user.js';

const CalendarConnectionStatusEnum = builder.enumType('CalendarConnectionStatus', {
  values: {
    NOT_CONNECTED: { description: 'No Google Calendar is connected.' },
    CONNECTED: { description: 'Appointments appear in the Google Calendar.' },
    RECONNECT_NEEDED: { description: 'Google withdrew the permission; connect again to resume.' },
  },
});

const GoogleCalendarStatusRef = builder
  .objectRef<{ available: boolean; status: 'NOT_CONNECTED' | 'CONNECTED' | 'RECONNECT_NEEDED' }>('GoogleCalendarStatus')
  .implement({
    fields: (t) => ({
      available: t.exposeBoolean('available', { description: 'Whether this server can connect Google Calendars at all.' }),
      status: t.field({ type: CalendarConnectionStatusEnum, resolve: (value) => value.status }),
    }),
  });

builder.objectField(UserRef, 'googleCalendar', (t) =>
  t.field({
    type: GoogleCalendarStatusRef,
    resolve: async (user, _args, context) => {
      const connection = await context.prisma.googleCalendarConnection.findUnique({ where: { userId: user.id } });
      const status = !connection ? 'NOT_CONNECTED' : connection.status === 'ACTIVE' ? 'CONNECTED' : 'RECONNECT_NEEDED';
      return { available: context.google !== null, status } as const;
    },
  }),
);
