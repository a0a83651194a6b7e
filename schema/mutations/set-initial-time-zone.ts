import { z } from 'zod';
import { setInitialTimeZone } from '../../api/account/set-initial-time-zone.js';
import type { User } from '../../api/generated/prisma/client.js';
import { canonicalTimeZone } from '../../shared/time-zone-label.js';
import { builder } from '../builder.js';
import { UnauthenticatedError, ValidationError } from '../error-classes.js';
import { timeZone } from '../inputs.js';
import { UserRef } from '../nodes/user.js';
import { mutationUnion } from './mutation-result.js';

const SetInitialTimeZoneInput = builder
  .inputType('SetInitialTimeZoneInput', {
    fields: (t) => ({
      timezone: t.string({ required: true, description: "IANA time zone of the person's browser, or the one they picked before signing in." }),
    }),
  })
  .validate(z.strictObject({ timezone: timeZone('America/New_York').transform(canonicalTimeZone) }));

const SetInitialTimeZoneSuccess = builder.objectRef<{ user: User; adopted: boolean }>('SetInitialTimeZoneSuccess').implement({
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (result) => result.user }),
    adopted: t.exposeBoolean('adopted', { description: 'False when the account already had a zone of its choosing, which it keeps.' }),
  }),
});

builder.mutationField('setInitialTimeZone', (t) =>
  t.field({
    type: SetInitialTimeZoneSuccess,
    description:
      "Sent by the web app right after sign-in: sets the account's zone when nobody chose one yet (a new account). " +
      'A zone chosen before, at an earlier sign-in or in the settings, is kept; updateMyProfile changes it.',
    authScopes: { signedIn: true },
    errors: mutationUnion('SetInitialTimeZone', [ValidationError, UnauthenticatedError]),
    args: { input: t.arg({ type: SetInitialTimeZoneInput, required: true }) },
    resolve: async (_root, args, context) => {
      const result = await setInitialTimeZone(context, context.viewer!.user.id, args.input.timezone);
      const user = await context.prisma.user.findUniqueOrThrow({ where: { id: result.userId } });
      return { user, adopted: result.outcome === 'adopted' };
    },
  }),
);
