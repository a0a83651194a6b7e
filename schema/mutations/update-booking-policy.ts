import { z } from 'zod';
import { updateBookingPolicy } from '../../api/settings/update-booking-policy.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { wholeNumber } from '../inputs.js';
import { BookingPolicyRef } from '../nodes/provider-rules.js';
import { mutationResult } from './mutation-result.js';

const UpdateBookingPolicyInput = builder
  .inputType('UpdateBookingPolicyInput', {
    description: 'Only the fields given change.',
    fields: (t) => ({
      cancellationNoticeHours: t.int({ required: false, description: 'Clients may cancel or reschedule until this many hours before the start (0..720).' }),
      minBookingNoticeHours: t.int({ required: false, description: 'Bookings must start at least this many hours from now (0..720).' }),
      maxDaysAhead: t.int({ required: false, description: 'Bookings may start at most this many days ahead (1..730).' }),
      bufferMinutes: t.int({ required: false, description: 'Free minutes kept after each generated slot (0..240).' }),
      maxActiveAppointmentsPerClient: t.int({ required: false, description: 'Upcoming appointments one client may hold at once (1..100).' }),
      maxChangesPerClientPerDay: t.int({ required: false, description: 'Bookings, moves and cancellations one client may make in any 24 hours (1..1000).' }),
    }),
  })
  .validate(
    z.strictObject({
      cancellationNoticeHours: wholeNumber('Cancellation notice', 0, 720),
      minBookingNoticeHours: wholeNumber('Minimum booking notice', 0, 720),
      maxDaysAhead: wholeNumber('Days ahead', 1, 730),
      bufferMinutes: wholeNumber('Buffer', 0, 240),
      maxActiveAppointmentsPerClient: wholeNumber('Upcoming appointments per client', 1, 100),
      maxChangesPerClientPerDay: wholeNumber('Changes per client a day', 1, 1000),
    }),
  );

builder.mutationField('updateBookingPolicy', (t) =>
  t.field({
    type: BookingPolicyRef,
    authScopes: { provider: true },
    errors: mutationResult('UpdateBookingPolicy', 'policy', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateBookingPolicyInput, required: true }) },
    resolve: async (_root, args, context) => (await updateBookingPolicy(context, args.input)).policy,
  }),
);
