import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { InvalidTokenError } from '../../api/auth/identity.js';
import type { User } from '../../api/generated/prisma/client.js';
import { builder } from '../builder.js';
import { UserRef } from '../nodes/user.js';

const DevSignInPayload = builder.objectRef<{ token: string; user: User }>('DevSignInPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>".' }),
    user: t.field({ type: UserRef, resolve: (payload) => payload.user }),
  }),
});

const identitySchema = z.object({
  email: z.email({ message: 'Enter a valid e-mail address.' }).max(254),
  name: z.string().trim().min(1).max(100, { message: 'Name can be at most 100 characters.' }).nullish(),
});

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
      const parsed = identitySchema.safeParse(args);
      if (!parsed.success) {
        throw new GraphQLError(parsed.error.issues[0]!.message, { extensions: { code: 'VALIDATION' } });
      }
      const email = parsed.data.email.toLowerCase();
      const name = parsed.data.name ?? null;
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
