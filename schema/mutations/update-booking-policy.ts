import { z } from 'zod';
import { loadProviderRules } from '../../api/settings/provider-settings.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { BookingPolicyRef } from '../nodes/provider-rules.js';
import { parseInput } from '../validation.js';
import { mutationResult } from './mutation-result.js';

const UpdateBookingPolicyInput = builder.inputType('UpdateBookingPolicyInput', {
  fields: (t) => ({
    cancellationNoticeHours: t.int({
      required: true,
      description: 'Clients may cancel or reschedule until this many hours before the start (0..720).',
    }),
  }),
});

const policySchema = z.object({
  cancellationNoticeHours: z
    .number()
    .int()
    .min(0, { message: 'Notice must be 0 to 720 hours.' })
    .max(720, { message: 'Notice must be 0 to 720 hours.' }),
});

builder.mutationField('updateBookingPolicy', (t) =>
  t.field({
    type: BookingPolicyRef,
    authScopes: { provider: true },
    errors: mutationResult('UpdateBookingPolicy', 'policy', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateBookingPolicyInput, required: true }) },
    resolve: async (_root, args, context) => {
      const policy = parseInput(policySchema, args.input);
      await context.prisma.providerSettings.upsert({ where: { id: 1 }, create: { id: 1, ...policy }, update: policy });
      return loadProviderRules(context.prisma);
    },
  }),
);
