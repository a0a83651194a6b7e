import { disconnectCalendar } from '../../api/google/disconnect-calendar.js';
import { startCalendarConnection } from '../../api/google/start-calendar-connection.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError } from '../error-classes.js';
import { mutationResult, mutationUnion } from './mutation-result.js';

builder.mutationField('connectGoogleCalendar', (t) =>
  t.field({
    type: 'String',
    description:
      "Starts connecting the signed-in user's Google Calendar: open the returned URL in this browser within 10 minutes, once; it leads to Google's consent page.",
    authScopes: { signedIn: true },
    errors: mutationResult('ConnectGoogleCalendar', 'authorizationUrl', [ForbiddenError, UnauthenticatedError]),
    resolve: async (_root, _args, context) => {
      const result = await startCalendarConnection(context, context.viewer!.user.id);
      if (result.outcome === 'not-configured') throw new ForbiddenError('Google Calendar is not configured on this server.');
      return result.authorizationUrl;
    },
  }),
);

const DisconnectGoogleCalendarSuccess = builder.objectRef<{ ok: boolean }>('DisconnectGoogleCalendarSuccess').implement({
  fields: (t) => ({ ok: t.exposeBoolean('ok') }),
});

builder.mutationField('disconnectGoogleCalendar', (t) =>
  t.field({
    type: DisconnectGoogleCalendarSuccess,
    description: 'Stops syncing with Google Calendar and revokes the permission at Google.',
    authScopes: { signedIn: true },
    errors: mutationUnion('DisconnectGoogleCalendar', [UnauthenticatedError]),
    resolve: async (_root, _args, context) => {
      // Not being connected is what the caller wants, so both outcomes succeed.
      await disconnectCalendar(context, context.viewer!.user.id);
      return { ok: true };
    },
  }),
);
