import { z } from 'zod';
import { updateProviderProfile } from '../../api/settings/update-provider-profile.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { clearable, emailAddress, keptWhenNull, optionalLine, phoneNumber, requiredLine, timeZone, webAddress } from '../inputs.js';
import { ProviderProfileRef } from '../nodes/provider-profile.js';
import { mutationResult } from './mutation-result.js';

const UpdateProviderProfileInput = builder
  .inputType('UpdateProviderProfileInput', {
    description: 'Only the fields given change; an empty string clears an optional one.',
    fields: (t) => ({
      displayName: t.string({ required: false }),
      headline: t.string({ required: false }),
      timezone: t.string({ required: false }),
      contactEmail: t.string({ required: false }),
      phone: t.string({ required: false }),
      website: t.string({ required: false }),
      location: t.string({ required: false }),
    }),
  })
  .validate(
    z.strictObject({
      displayName: keptWhenNull(requiredLine('The name', 100)),
      headline: keptWhenNull(optionalLine('The headline', 120)),
      timezone: keptWhenNull(timeZone('Europe/Luxembourg')),
      contactEmail: keptWhenNull(clearable(emailAddress())),
      phone: keptWhenNull(clearable(phoneNumber())),
      website: keptWhenNull(clearable(webAddress())),
      location: keptWhenNull(optionalLine('The location', 200)),
    }),
  );

builder.mutationField('updateProviderProfile', (t) =>
  t.field({
    type: ProviderProfileRef,
    authScopes: { provider: true },
    errors: mutationResult('UpdateProviderProfile', 'profile', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateProviderProfileInput, required: true }) },
    resolve: async (_root, args, context) => (await updateProviderProfile(context, args.input, context.viewer!.user.name)).profile,
  }),
);
