import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { InvalidTokenError } from '../../api/auth/identity.js';
import type { User } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import { emailAddress, requiredLine } from '../inputs.js';
import { UserRef } from '../nodes/user.js';
import { parseInput } from '../validation.js';

const DevSignInPayload = builder.objectRef<{ token: string; user: User }>('DevSignInPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>".' }),
    user: t.field({ type: UserRef, resolve: (payload) => payload.user }),
  }),
});

const identitySchema = z.object({ email: emailAddress(), name: requiredLine('Name', 100).nullish() });

builder.mutationField('devSignIn', (t) =>
  t.field({
    type: DevSignInPayload,
    description: 'AUTH_MODE=dev only: signs in as anyone, minting a token usable like a Firebase ID token.',
    args: { email: t.arg.string({ required: true }), name: t.arg.string({ required: false }) },
    resolve: async (_root, args, context) => {
      if (!context.devTokens) {
        throw new GraphQLError('devSignIn is only available when the server runs with AUTH_MODE=dev.', {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      // Not a contract union: a ValidationError reaches the client as a coded error with its fields.
      const parsed = parseInput(identitySchema, args, null);
      const email = parsed.email.toLowerCase();
      const name = parsed.name ?? null;
      const token = context.devTokens.sign({ email, name });
      const identity = await context.devTokens.verify(token);
      // Viewers see themselves, so the payload's user passes the User type's auth check.
      const user = await context.authenticator.userFor(identity).catch((error: unknown) => {
        if (error instanceof InvalidTokenError) throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED' } });
        throw error;
      });
      context.viewer = { kind: 'user', user };
      return { token, user };
    },
  }),
);
