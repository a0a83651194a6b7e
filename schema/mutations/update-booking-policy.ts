import { z } from 'zod';
import { loadProviderRules } from '../../api/settings/provider-settings.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { BookingPolicyRef } from '../nodes/provider-rules.js';
import { parseInput } from '../validation.js';
import { mutationResult } from './mutation-result.js';

const UpdateBookingPolicyInput = builder.inputType('UpdateBookingPolicyInput', {
  description: 'Only the fields given change.',
  fields: (t) => ({
    cancellationNoticeHours: t.int({ required: false, description: 'Clients may cancel or reschedule until this many hours before the start (0..720).' }),
    minBookingNoticeHours: t.int({ required: false, description: 'Bookings must start at least this many hours from now (0..720).' }),
    maxDaysAhead: t.int({ required: false, description: 'Bookings may start at most this many days ahead (1..730).' }),
    bufferMinutes: t.int({ required: false, description: 'Free minutes kept after each generated slot (0..240).' }),
    maxActiveAppointmentsPerClient: t.int({ required: false, description: 'Upcoming appointments one client may hold at once (1..100).' }),
    maxChangesPerClientPerDay: t.int({ required: false, description: 'Bookings, moves and cancellations one client may make in any 24 hours (1..1000).' }),
  }),
});

const range = (min: number, max: number, what: string) =>
  z.number().int().min(min, { message: `${what} must be ${min} to ${max}.` }).max(max, { message: `${what} must be ${min} to ${max}.` }).nullish();

const policySchema = z.object({
  cancellationNoticeHours: range(0, 720, 'Cancellation notice'),
  minBookingNoticeHours: range(0, 720, 'Minimum booking notice'),
  maxDaysAhead: range(1, 730, 'Days ahead'),
  bufferMinutes: range(0, 240, 'Buffer'),
  maxActiveAppointmentsPerClient: range(1, 100, 'Upcoming appointments per client'),
  maxChangesPerClientPerDay: range(1, 1000, 'Changes per client a day'),
});

builder.mutationField('updateBookingPolicy', (t) =>
  t.field({
    type: BookingPolicyRef,
    authScopes: { provider: true },
    errors: mutationResult('UpdateBookingPolicy', 'policy', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateBookingPolicyInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(policySchema, args.input);
      const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
      await context.prisma.providerSettings.upsert({ where: { id: 1 }, create: { id: 1, ...changes }, update: changes });
      context.rules.invalidate();
      return loadProviderRules(context.prisma);
    },
  }),
);
