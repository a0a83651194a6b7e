import { z } from 'zod';
import { builder } from '../builder.js';
import { selectingSomething } from '../prisma-query.js';
import { UnauthenticatedError, ValidationError } from '../error-classes.js';
import { requiredLine, timeZone } from '../inputs.js';
import { parseInput } from '../validation.js';
import { mutationResult } from './mutation-result.js';

const UpdateMyProfileInput = builder.inputType('UpdateMyProfileInput', {
  fields: (t) => ({
    name: t.string({ required: false, description: '1 to 100 characters.' }),
    timezone: t.string({ required: false, description: 'IANA time zone in which to show times.' }),
  }),
});

const profileSchema = z.object({
  name: requiredLine('Name', 100).nullish(),
  timezone: timeZone('Europe/Paris').nullish(),
});

builder.mutationField('updateMyProfile', (t) =>
  t.prismaField({
    type: 'User',
    authScopes: { signedIn: true },
    errors: mutationResult('UpdateMyProfile', 'user', [ValidationError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateMyProfileInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { name, timezone } = parseInput(profileSchema, args.input);
      const userId = context.viewer!.user.id;
      const user = await context.prisma.user.update({
        ...selectingSomething(query),
        where: { id: userId },
        data: { ...(name ? { name } : {}), ...(timezone ? { timezone } : {}) },
      });
      context.authenticator.forget(userId);
      return user;
    },
  }),
);
