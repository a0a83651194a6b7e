import { createOAuthState } from '../../api/google/oauth-states.js';
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
      if (!context.google) throw new ForbiddenError('Google Calendar is not configured on this server.');
      const state = await createOAuthState({ prisma: context.prisma, signer: context.google.state, now: context.now }, context.viewer!.user.id);
      return context.google.startUrl(state);
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
      const userId = context.viewer!.user.id;
      const connection = await context.prisma.googleCalendarConnection.findUnique({ where: { userId } });
      if (!connection) return { ok: true };
      await context.prisma.googleCalendarConnection.delete({ where: { userId } });
      if (context.google) {
        const token = context.google.cipher.decrypt(connection.encryptedRefreshToken);
        // Revocation is a courtesy to the user; the grant is already unusable without the stored token.
        await context.google.calendar.revoke(token).catch((error: Error) =>
          context.logger.warn({ err: error.message }, 'Google did not confirm the revocation'),
        );
      }
      return { ok: true };
    },
  }),
);
