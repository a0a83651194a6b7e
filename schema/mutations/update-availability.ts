import { z } from 'zod';
import { previewAvailabilityChange, updateAvailability } from '../../api/settings/update-availability.js';
import type { SlotChangeSummary } from '../../api/slots/follow-hours.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { line, timeZone, wholeNumber } from '../inputs.js';
import { SlotChangeSummaryRef } from '../nodes/slot-change-summary.js';
import { invalidInput } from './invalid-input.js';
import { mutationUnion } from './mutation-result.js';

// Only the text is checked here; whether the hours make sense the use case decides, once the
// slot length and time zone are right.
const WeeklyHoursInput = builder
  .inputType('WeeklyHoursInput', {
    fields: (t) => ({
      weekday: t.int({ required: true, description: '1 = Monday ... 7 = Sunday.' }),
      start: t.string({ required: true, description: '"HH:MM"' }),
      end: t.string({ required: true, description: '"HH:MM", after start; "24:00" ends the day.' }),
    }),
  })
  .validate(z.strictObject({ weekday: z.int(), start: line('The start'), end: line('The end') }));

const UpdateAvailabilityInput = builder
  .inputType('UpdateAvailabilityInput', {
    description: "Weekly working hours in the provider's time zone; several intervals a day allowed (breaks are the gaps).",
    fields: (t) => ({
      weeklyHours: t.field({ type: [WeeklyHoursInput], required: true }),
      slotMinutes: t.int({ required: false, description: '15..240, default 30.' }),
      timezone: t.string({ required: false, description: 'IANA time zone, default Europe/Luxembourg.' }),
    }),
  })
  .validate(
    z.strictObject({
      weeklyHours: z.array(z.strictObject({ weekday: z.int(), start: z.string(), end: z.string() })).max(70, { message: 'At most 70 intervals a week.' }),
      slotMinutes: wholeNumber('Slot length', 15, 240, 'minutes'),
      timezone: timeZone('Europe/Luxembourg').nullish(),
    }),
  );

const UpdateAvailabilitySuccess = builder.objectRef<{ ok: boolean; slots: SlotChangeSummary }>('UpdateAvailabilitySuccess').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    slots: t.field({ type: SlotChangeSummaryRef, description: 'How the future slots followed the new hours.', resolve: (result) => result.slots }),
  }),
});

builder.mutationField('updateAvailability', (t) =>
  t.field({
    type: UpdateAvailabilitySuccess,
    description:
      'Provider only. The future slots already generated follow the new hours at once: free ones outside them close, new hours open slots, booked ones stay and are listed.',
    authScopes: { provider: true },
    errors: mutationUnion('UpdateAvailability', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: UpdateAvailabilityInput, required: true }) },
    resolve: async (_root, args, context) => {
      const result = await updateAvailability(context, args.input);
      if (result.outcome === 'invalid') throw invalidInput(result.fields);
      return { ok: true, slots: result.slots };
    },
  }),
);

builder.queryField('previewAvailabilityChange', (t) =>
  t.field({
    type: SlotChangeSummaryRef,
    description: 'Provider only: what updateAvailability would do to the slots already generated; nothing is written.',
    authScopes: { provider: true },
    args: { input: t.arg({ type: UpdateAvailabilityInput, required: true }) },
    resolve: async (_root, args, context) => {
      const result = await previewAvailabilityChange(context, args.input);
      if (result.outcome === 'invalid') throw invalidInput(result.fields);
      return result.slots;
    },
  }),
);
