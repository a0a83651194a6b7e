import { GraphQLError } from 'graphql';
import { devSignIn } from '../../api/auth/dev-sign-in.js';
import type { User } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import { emailAddress, requiredLine } from '../inputs.js';
import { UserRef } from '../nodes/user.js';

const DevSignInPayload = builder.objectRef<{ token: string; user: User }>('DevSignInPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>".' }),
    user: t.field({ type: UserRef, resolve: (payload) => payload.user }),
  }),
});

builder.mutationField('devSignIn', (t) =>
  t.field({
    type: DevSignInPayload,
    description: 'AUTH_MODE=dev only: signs in as anyone, minting a token usable like a Firebase ID token.',
    // Not a contract union: a ValidationError reaches the client as a coded error with its fields.
    args: {
      email: t.arg.string({ required: true }).validate(emailAddress()),
      name: t.arg.string({ required: false }).validate(requiredLine('Name', 100).nullish()),
    },
    resolve: async (_root, args, context) => {
      const result = await devSignIn(context, { email: args.email, name: args.name ?? null });
      if (result.outcome === 'unavailable') {
        throw new GraphQLError('devSignIn is only available when the server runs with AUTH_MODE=dev.', { extensions: { code: 'FORBIDDEN' } });
      }
      if (result.outcome === 'refused') throw new GraphQLError(result.message, { extensions: { code: 'UNAUTHENTICATED' } });
      // Viewers see themselves, so the payload's user passes the User type's auth check.
      context.viewer = { kind: 'user', user: result.user };
      return result;
    },
  }),
);
