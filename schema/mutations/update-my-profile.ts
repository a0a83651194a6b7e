import { z } from 'zod';
import { updateMyProfile } from '../../api/account/update-my-profile.js';
import { builder } from '../builder.js';
import { UnauthenticatedError, ValidationError } from '../error-classes.js';
import { requiredLine, timeZone } from '../inputs.js';
import { canonicalTimeZone } from '../../shared/time-zone-label.js';
import { mutationResult } from './mutation-result.js';

const UpdateMyProfileInput = builder
  .inputType('UpdateMyProfileInput', {
    fields: (t) => ({
      name: t.string({ required: false, description: '1 to 100 characters.' }),
      timezone: t.string({ required: false, description: 'IANA time zone in which to show times.' }),
    }),
  })
  .validate(z.strictObject({ name: requiredLine('Name', 100).nullish(), timezone: timeZone('Europe/Paris').transform(canonicalTimeZone).nullish() }));

builder.mutationField('updateMyProfile', (t) =>
  t.prismaField({
    type: 'User',
    authScopes: { signedIn: true },
    errors: mutationResult('UpdateMyProfile', 'user', [ValidationError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateMyProfileInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { userId } = await updateMyProfile(context, context.viewer!.user.id, args.input);
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id: userId } });
    },
  }),
);
