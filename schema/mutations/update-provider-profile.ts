import { z } from 'zod';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { emailAddress, line, optionalLine, requiredLine, timeZone } from '../inputs.js';
import { ProviderProfileRef } from '../nodes/provider-profile.js';
import { parseInput } from '../validation.js';
import { mutationResult } from './mutation-result.js';

const UpdateProviderProfileInput = builder.inputType('UpdateProviderProfileInput', {
  description: 'Only the fields given change; an empty string clears an optional one.',
  fields: (t) => ({
    displayName: t.string({ required: false }),
    headline: t.string({ required: false }),
    timezone: t.string({ required: false }),
    contactEmail: t.string({ required: false }),
    phone: t.string({ required: false }),
    website: t.string({ required: false }),
  }),
});

const profileSchema = z.object({
  displayName: requiredLine('The name', 100).optional(),
  headline: optionalLine('The headline', 120).optional(),
  timezone: timeZone('Europe/Luxembourg').optional(),
  contactEmail: z.union([z.literal(''), emailAddress()]).optional(),
  phone: z.union([z.literal(''), line('The phone number').regex(/^\+?[\d ().-]{5,25}$/, { message: 'Enter a phone number such as +352 621 123 456.' })]).optional(),
  website: z.union([z.literal(''), line('The web address').pipe(z.url({ protocol: /^https?$/, message: 'Enter a web address starting with https://.' }))]).optional(),
});

builder.mutationField('updateProviderProfile', (t) =>
  t.field({
    type: ProviderProfileRef,
    authScopes: { provider: true },
    errors: mutationResult('UpdateProviderProfile', 'profile', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateProviderProfileInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(profileSchema, Object.fromEntries(Object.entries(args.input).filter(([, value]) => value !== null && value !== undefined)));
      const changes = Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value === '' ? null : value]));
      const profile = await context.prisma.providerSettings.upsert({ where: { id: 1 }, create: { id: 1, ...changes }, update: changes });
      context.rules.invalidate();
      return { ...profile, displayName: profile.displayName ?? context.viewer!.user.name };
    },
  }),
);
