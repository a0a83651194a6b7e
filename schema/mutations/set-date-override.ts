import { z } from 'zod';
import { removeDateOverride } from '../../api/slots/remove-date-override.js';
import type { SlotChangeSummary } from '../../api/slots/follow-hours.js';
import { previewDateOverride, setDateOverride } from '../../api/slots/set-date-override.js';
import { builder } from '../builder.js';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../error-classes.js';
import { line, localDate, optionalLine } from '../inputs.js';
import { SlotChangeSummaryRef } from '../nodes/slot-change-summary.js';
import { invalidInput } from './invalid-input.js';
import { mutationUnion } from './mutation-result.js';

// Only the text is checked here; whether the times are times, and do not overlap, the use case
// decides once the rest of the input is right.
const HoursInput = builder
  .inputType('HoursInput', {
    fields: (t) => ({ start: t.string({ required: true, description: '"HH:MM"' }), end: t.string({ required: true, description: '"HH:MM"' }) }),
  })
  .validate(z.strictObject({ start: line('The start'), end: line('The end') }));

const overrideDate = localDate('The date must be "YYYY-MM-DD".');

const SetDateOverrideInput = builder
  .inputType('SetDateOverrideInput', {
    description: 'Hours for one local date instead of the weekly ones; no hours means closed (a holiday).',
    fields: (t) => ({
      date: t.string({ required: true, description: '"YYYY-MM-DD" in the provider\'s time zone.' }),
      hours: t.field({ type: [HoursInput], required: true }),
      note: t.string({ required: false, description: 'E.g. "Public holiday". At most 200 characters.' }),
    }),
  })
  .validate(
    z.strictObject({
      date: overrideDate,
      hours: z.array(z.strictObject({ start: z.string(), end: z.string() })).max(12, { message: 'At most 12 intervals a day.' }),
      note: optionalLine('The note', 200),
    }),
  );

const DateOverrideSuccess = builder.objectRef<{ date: string; slots: SlotChangeSummary }>('DateOverrideSuccess').implement({
  fields: (t) => ({
    date: t.exposeString('date'),
    slots: t.field({ type: SlotChangeSummaryRef, description: "How that date's future slots followed its hours.", resolve: (result) => result.slots }),
  }),
});

builder.mutationField('setDateOverride', (t) =>
  t.field({
    type: DateOverrideSuccess,
    description:
      "Provider only. The date's future slots follow at once: a day off closes its free slots, special hours open and close them; booked ones stay and are listed.",
    authScopes: { provider: true },
    errors: mutationUnion('SetDateOverride', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { input: t.arg({ type: SetDateOverrideInput, required: true }) },
    resolve: async (_root, args, context) => {
      const result = await setDateOverride(context, args.input);
      if (result.outcome === 'invalid') throw invalidInput(result.fields);
      return result;
    },
  }),
);

builder.mutationField('removeDateOverride', (t) =>
  t.field({
    type: DateOverrideSuccess,
    description: 'Provider only: the weekly hours apply to this date again, and its future slots follow them.',
    authScopes: { provider: true },
    errors: mutationUnion('RemoveDateOverride', [ValidationError, ForbiddenError, UnauthenticatedError]),
    args: { date: t.arg.string({ required: true }).validate(overrideDate) },
    resolve: async (_root, args, context) => removeDateOverride(context, { date: args.date }),
  }),
);

builder.queryField('previewDateOverride', (t) =>
  t.field({
    type: SlotChangeSummaryRef,
    description: "Provider only: what setDateOverride would do to that date's slots; nothing is written.",
    authScopes: { provider: true },
    args: { input: t.arg({ type: SetDateOverrideInput, required: true }) },
    resolve: async (_root, args, context) => {
      const result = await previewDateOverride(context, args.input);
      if (result.outcome === 'invalid') throw invalidInput(result.fields);
      return result.slots;
    },
  }),
);
